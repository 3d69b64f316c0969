// A heap snapshot taken through CDP and split by what holds the bytes: V8's compiled code
// (which grows as functions get optimised, and which V8 flushes under pressure) or the rest
// (the objects the page keeps). Issue 19's "no leak" asks about the rest.
import type { CDPSession } from '@playwright/test';

export interface HeapSplit {
  codeMb: number;
  otherMb: number;
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
}

export async function heapSplit(cdp: CDPSession): Promise<HeapSplit> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const collect = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const { snapshot, nodes } = JSON.parse(chunks.join('')) as Snapshot;
  const fields = snapshot.meta.node_fields;
  const type = fields.indexOf('type');
  const size = fields.indexOf('self_size');
  const code = snapshot.meta.node_types[0].indexOf('code');
  let codeBytes = 0;
  let otherBytes = 0;
  for (let at = 0; at < nodes.length; at += fields.length) {
    const bytes = nodes[at + size] ?? 0;
    if (nodes[at + type] === code) codeBytes += bytes;
    else otherBytes += bytes;
  }
  return { codeMb: codeBytes / 1024 / 1024, otherMb: otherBytes / 1024 / 1024 };
}
