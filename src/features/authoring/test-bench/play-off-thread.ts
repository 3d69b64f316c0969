import type { Lang } from '@/domain/language/language.types';
import { sessionDependencies, shippedMoveModel } from '@/stores/session-dependencies';
import { runPlayJob, type PlayJob, type PlayResult } from './play-jobs';
import type { PlayReply, PlayRequest } from './play.worker';

// One worker for the studio's whole calls, started on the first job. Where the browser has no
// workers (tests) or the worker failed, the job runs in the page: same code, same result.

let worker: Worker | null | undefined;
const sent = new Set<Lang>();
const waiting = new Map<number, { resolve: (r: PlayResult) => void; reject: (e: Error) => void }>();
let nextId = 1;

function playWorker(): Worker | null {
  if (worker !== undefined) return worker;
  worker = null;
  if (typeof Worker === 'undefined') return null;
  try {
    worker = new Worker(new URL('./play.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  worker.onmessage = ({ data }: MessageEvent<PlayReply>) => {
    const job = waiting.get(data.id);
    waiting.delete(data.id);
    if (!job) return;
    if (data.ok) job.resolve(data.result);
    else job.reject(new Error(data.error));
  };
  worker.onerror = (event) => {
    // A worker that cannot run (blocked, an old browser): the jobs waiting on it fail, and the
    // next ones run in the page.
    event.preventDefault();
    worker?.terminate();
    worker = null;
    for (const job of waiting.values()) job.reject(new Error('play worker failed'));
    waiting.clear();
  };
  return worker;
}

async function inPage(job: PlayJob): Promise<PlayResult> {
  return runPlayJob(job, await sessionDependencies(job.script, job.brand));
}

/** Plays a job in the worker (or in the page without one); the main thread only posts it. */
export async function playOffThread(job: PlayJob): Promise<PlayResult> {
  const target = playWorker();
  if (!target) return inPage(job);
  const lang = job.script.language;
  const model = sent.has(lang) ? null : await shippedMoveModel(lang);
  sent.add(lang);
  const id = nextId++;
  return new Promise<PlayResult>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    const request: PlayRequest = { id, job, model };
    target.postMessage(request);
  });
}
