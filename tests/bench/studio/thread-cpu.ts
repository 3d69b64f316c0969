// CPU time the page's threads spent during a gesture, from a Chromium trace (thread time of
// top-level tasks): unlike frame intervals it barely moves with the machine's load, so runs on a
// shared machine can still be compared. Tracing itself adds a little to every task.
import type { Browser, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  tdur?: number;
  args?: { name?: string };
}

export interface ThreadCpu<T> {
  result: T;
  /** CPU ms of the page's main thread. */
  mainMs: number;
  /** CPU ms of its workers (the live validation). */
  workerMs: number;
}

export async function threadCpu<T>(
  browser: Browser,
  page: Page,
  act: () => Promise<T>,
): Promise<ThreadCpu<T>> {
  // RunTask events (with their thread time) come only with the disabled-by-default category.
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  const result = await act();
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  const threads = new Map<string, string>();
  for (const event of trace.traceEvents)
    if (event.name === 'thread_name')
      threads.set(`${event.pid}:${event.tid}`, event.args?.name ?? '');
  let mainMs = 0;
  let workerMs = 0;
  for (const event of trace.traceEvents) {
    if (event.ph !== 'X' || event.name !== 'RunTask' || !event.tdur) continue;
    const thread = threads.get(`${event.pid}:${event.tid}`) ?? '';
    if (thread === 'CrRendererMain') mainMs += event.tdur / 1000;
    else if (thread.startsWith('DedicatedWorker')) workerMs += event.tdur / 1000;
  }
  return { result, mainMs, workerMs };
}
