// Thread CPU time during the call, from a Chromium trace: less load-dependent than wall-clock, and
// the only way to see the call worker's work (CDP cannot throttle workers). CDP throttling of the
// page spins its main thread, so that thread's CPU time includes the slowdown.
import type { CDPSession } from '@playwright/test';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id?: string;
  id2?: { local?: string };
  args?: { name?: string };
}

export interface ThreadTimes {
  /** Main thread: CPU ms of its tasks, and its longest task's CPU ms. */
  mainCpuMs: number;
  longestMainCpuMs: number;
  /** Dedicated workers (the call's engine): CPU ms of their tasks. */
  workerCpuMs: number;
  /** Per Enter → reply measure: the worker CPU ms spent within it. */
  workerCpuPerReplyMs: number[];
}

export async function startTrace(cdp: CDPSession): Promise<() => Promise<ThreadTimes>> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['toplevel', 'blink.user_timing', '__metadata'] },
  });
  return async () => {
    const done = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', collect);
    return threadTimes(events);
  };
}

/** Top-level tasks of one thread, nested ones dropped (each task counted once). */
function tasksOf(events: TraceEvent[], pid: number, tid: number): TraceEvent[] {
  const tasks = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.cat.includes('toplevel'))
    .sort((a, b) => a.ts - b.ts);
  const outer: TraceEvent[] = [];
  for (const task of tasks) {
    const last = outer.at(-1);
    if (last && task.ts < last.ts + (last.dur ?? 0)) continue;
    outer.push(task);
  }
  return outer;
}

function threadTimes(events: TraceEvent[]): ThreadTimes {
  const replies = events.filter(
    (e) => e.name === 'coulisses:enter-to-reply' && e.cat.includes('user_timing'),
  );
  const pid = replies[0]?.pid;
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid);
  const main = names.find((e) => e.args?.name === 'CrRendererMain');
  const workers = names.filter((e) => e.args?.name?.startsWith('DedicatedWorker'));
  const cpu = (task: TraceEvent) => (task.tdur ?? task.dur ?? 0) / 1000;
  const mainTasks = main && pid !== undefined ? tasksOf(events, pid, main.tid) : [];
  const workerTasks = workers.flatMap((w) => tasksOf(events, pid as number, w.tid));
  // Each measure is an async pair (begin, end) sharing an id.
  const windows: [number, number][] = [];
  const begins = new Map<string, number>();
  for (const e of replies.sort((a, b) => a.ts - b.ts)) {
    const key = e.id ?? e.id2?.local ?? '';
    if (e.ph === 'b') begins.set(key, e.ts);
    if (e.ph === 'e' && begins.has(key)) windows.push([begins.get(key) as number, e.ts]);
  }
  return {
    mainCpuMs: mainTasks.reduce((sum, task) => sum + cpu(task), 0),
    longestMainCpuMs: Math.max(0, ...mainTasks.map(cpu)),
    workerCpuMs: workerTasks.reduce((sum, task) => sum + cpu(task), 0),
    workerCpuPerReplyMs: windows.map(([from, to]) =>
      workerTasks
        .filter((task) => task.ts >= from && task.ts < to)
        .reduce((sum, task) => sum + cpu(task), 0),
    ),
  };
}
