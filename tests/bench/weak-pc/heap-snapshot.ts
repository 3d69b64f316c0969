// A heap snapshot taken through CDP and split by what holds the bytes: V8's compiled code
// (which grows as functions get optimised, and which V8 flushes under pressure) or the rest
// (the objects the page keeps). Issue 19's "no leak" asks about the rest. Two counts tell
// warming up from compiling per call: the functions V8 knows (SharedFunctionInfo) and their
// bytecode stay flat when nothing new is compiled, while machine code grows as V8 tiers up
// functions it already had (baseline, then optimised code).
import type { CDPSession } from '@playwright/test';

export interface HeapSplit {
  codeMb: number;
  otherMb: number;
  /** Functions V8 holds a SharedFunctionInfo for: new ones mean code created per call. */
  functions: number;
  /** Their interpreter bytecode, in MB: grows only when functions are compiled anew. */
  bytecodeMb: number;
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

export async function heapSplit(cdp: CDPSession): Promise<HeapSplit> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const collect = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const { snapshot, nodes, strings } = JSON.parse(chunks.join('')) as Snapshot;
  const fields = snapshot.meta.node_fields;
  const type = fields.indexOf('type');
  const name = fields.indexOf('name');
  const size = fields.indexOf('self_size');
  const code = snapshot.meta.node_types[0].indexOf('code');
  const split: HeapSplit = { codeMb: 0, otherMb: 0, functions: 0, bytecodeMb: 0 };
  for (let at = 0; at < nodes.length; at += fields.length) {
    const bytes = (nodes[at + size] ?? 0) / 1024 / 1024;
    if (nodes[at + type] !== code) {
      split.otherMb += bytes;
      continue;
    }
    split.codeMb += bytes;
    // V8 names these system objects "system / SharedFunctionInfo[ / name]", "system / BytecodeArray".
    const label = strings[nodes[at + name] ?? 0] ?? '';
    if (label.startsWith('system / SharedFunctionInfo')) split.functions += 1;
    else if (label === 'system / BytecodeArray') split.bytecodeMb += bytes;
  }
  return split;
}
