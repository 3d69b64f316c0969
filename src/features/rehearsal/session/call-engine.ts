import type { SessionEvent } from '@/domain/session/session-machine';
import type { StageView } from '@/domain/session/session-views';
import type { CallCore, CallStart, CallUpdate } from './call-core';
import type { CallProgress } from './session-snapshot';
import type { CallReply, CallRequest } from './call.worker';

// The page's side of a call's engine. It runs in a worker of its own, started with the call and
// ended with it, which fetches the engine's code and the move model itself: this module imports
// none of it, so the page's chunks stay free of the engine. Where the browser has no workers
// (unit tests) or the worker fails, the same engine is loaded into the page, only then, and
// carries on from the last state the worker answered: same code, same call.

/** The call after an event: its whole progress (transcript included) and what the stage shows. */
export interface LiveUpdate {
  progress: CallProgress;
  view: StageView;
  verified: boolean;
}

export interface CallEngine {
  /** Events are played in the order they are sent; each answer comes in that order too. */
  send(event: SessionEvent): Promise<LiveUpdate>;
  /** Ends the engine once the events already sent are answered (they are still written). */
  close(): void;
}

/** An event to play, or `null` to look at the call as it stands. */
type Job = SessionEvent | null;

interface Waiting {
  job: Job;
  resolve: (update: LiveUpdate) => void;
  reject: (error: Error) => void;
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

function callWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./call.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/** The engine in the page, loaded only when there is no worker to run it. */
async function pageCore(start: CallStart): Promise<CallCore> {
  const [{ createCallCore }, { sessionDependencies }] = await Promise.all([
    import('./call-core'),
    import('@/stores/session-dependencies'),
  ]);
  return createCallCore(start, await sessionDependencies(start.config.script, start.config.brand));
}

interface Engine extends CallEngine {
  look(): Promise<LiveUpdate>;
}

function open(start: CallStart, listen: boolean): Engine {
  let confirmed = start.progress;
  let worker = callWorker();
  let core: Promise<CallCore> | null = null;
  // Page jobs are played one after the other, the engine's loading included.
  let inPageQueue: Promise<unknown> = Promise.resolve();
  let closing = false;
  const waiting = new Map<number, Waiting>();
  let nextId = 1;

  const live = (update: CallUpdate): LiveUpdate => {
    const transcript = [...(confirmed?.transcript ?? []).slice(0, update.from), ...update.turns];
    confirmed = { ...update.progress, transcript };
    return {
      progress: { ...update.progress, transcript },
      view: update.view,
      verified: update.verified,
    };
  };
  const finish = () => {
    if (!closing || waiting.size > 0) return;
    worker?.terminate();
    worker = null;
    const stopping = core;
    core = null;
    void stopping?.then(
      (ended) => ended.stop(),
      () => undefined,
    );
  };
  const inPage = (job: Job): Promise<LiveUpdate> => {
    const played = inPageQueue.then(async () => {
      // Started from the last state answered: a worker's if it failed mid-call.
      core ??= pageCore({ ...start, progress: confirmed });
      const engine = await core;
      return live(job ? engine.send(job) : engine.current());
    });
    inPageQueue = played.catch(() => undefined);
    return played;
  };
  // The worker is gone: what it had not answered is played in the page, in order.
  const fallBack = (why: string) => {
    console.warn('[coulisses] call worker failed; the call goes on in the page:', why);
    worker?.terminate();
    worker = null;
    for (const [id, waiter] of waiting) {
      waiting.delete(id);
      inPage(waiter.job).then(waiter.resolve, (error: unknown) => waiter.reject(asError(error)));
    }
    finish();
  };

  if (worker) {
    worker.onmessage = ({ data }: MessageEvent<CallReply>) => {
      if ('modelReadyMs' in data) {
        // The worker's own measure, put on the page's timeline where the bench reads it.
        const end = performance.now();
        performance.measure('coulisses:move-model-ready', { start: end - data.modelReadyMs, end });
        return;
      }
      const waiter = waiting.get(data.id);
      if (!waiter) return;
      if (!data.ok) return fallBack(data.error);
      waiting.delete(data.id);
      waiter.resolve(live(data.update));
      finish();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fallBack(event.message);
    };
    // Told to start before any event: its messages are handled in order.
    worker.postMessage({ type: 'start', start, listen } satisfies CallRequest);
  }

  const play = (job: Job): Promise<LiveUpdate> => {
    if (!worker) return inPage(job);
    const id = nextId++;
    return new Promise<LiveUpdate>((resolve, reject) => {
      waiting.set(id, { job, resolve, reject });
      const request: CallRequest = job ? { type: 'event', id, event: job } : { type: 'look', id };
      worker?.postMessage(request);
    });
  };
  return {
    send: play,
    look: () => play(null),
    close() {
      closing = true;
      finish();
    },
  };
}

/** Opens a call's engine: a call picked up (`progress` null) or carried on from `progress`. */
export function openCallEngine(start: CallStart): CallEngine {
  return open(start, true);
}

/**
 * The call as it stands, as the stage shows it when it opens (a reload mid-call): the engine
 * restores it and ends, without the move model.
 */
export async function lookAtCall(start: CallStart): Promise<LiveUpdate> {
  const engine = open(start, false);
  try {
    return await engine.look();
  } finally {
    engine.close();
  }
}
