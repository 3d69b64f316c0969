import type { SessionEvent } from '@/domain/session/session-machine';
import type { StageView } from '@/domain/session/session-views';
import type { SessionDependencies } from '@/domain/session/session.types';
import { shippedMoveModel } from '@/stores/session-dependencies';
import { createCallCore, type CallCore, type CallStart, type CallUpdate } from './call-core';
import type { CallProgress } from './session-snapshot';
import type { CallReply, CallRequest } from './call.worker';

// The page's side of a call's engine. It runs in a worker of its own, started with the call and
// ended with it; where the browser has no workers (unit tests) or the worker fails, the same
// engine carries on in the page from the last state it answered: same code, same call.

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

interface Waiting {
  event: SessionEvent;
  resolve: (update: LiveUpdate) => void;
  reject: (error: Error) => void;
}

function callWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./call.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

export function openCallEngine(start: CallStart, deps: SessionDependencies): CallEngine {
  let confirmed = start.progress;
  let worker = callWorker();
  let core: CallCore | null = null;
  let closing = false;
  const waiting = new Map<number, Waiting>();
  let nextId = 1;

  const live = (update: CallUpdate): LiveUpdate => {
    const transcript = [...confirmed.transcript.slice(0, update.from), ...update.turns];
    confirmed = { ...update.progress, transcript };
    return {
      progress: { ...update.progress, transcript },
      view: update.view,
      verified: update.verified,
    };
  };
  const inPage = (event: SessionEvent): LiveUpdate => {
    core ??= createCallCore({ ...start, progress: confirmed }, deps);
    return live(core.send(event));
  };
  const finish = () => {
    if (!closing || waiting.size > 0) return;
    worker?.terminate();
    worker = null;
    core?.stop();
    core = null;
  };
  // The worker is gone: what it had not answered is played in the page, in order.
  const fallBack = (why: string) => {
    console.warn('[coulisses] call worker failed; the call goes on in the page:', why);
    worker?.terminate();
    worker = null;
    for (const [id, job] of waiting) {
      waiting.delete(id);
      try {
        job.resolve(inPage(job.event));
      } catch (error) {
        job.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
    finish();
  };

  // The worker is told to start before any event: its messages are handled in order.
  const ready = worker
    ? shippedMoveModel(start.config.script.language).then(
        (model) => {
          const request: CallRequest = { type: 'start', start, model };
          worker?.postMessage(request);
        },
        (error: unknown) => fallBack(String(error)),
      )
    : Promise.resolve();
  if (worker) {
    worker.onmessage = ({ data }: MessageEvent<CallReply>) => {
      const job = waiting.get(data.id);
      if (!job) return;
      if (!data.ok) return fallBack(data.error);
      waiting.delete(data.id);
      job.resolve(live(data.update));
      finish();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fallBack(event.message);
    };
  }

  return {
    send(event) {
      if (!worker) {
        try {
          return Promise.resolve(inPage(event));
        } catch (error) {
          return Promise.reject(error instanceof Error ? error : new Error(String(error)));
        }
      }
      const id = nextId++;
      return new Promise<LiveUpdate>((resolve, reject) => {
        waiting.set(id, { event, resolve, reject });
        void ready.then(() => {
          const request: CallRequest = { type: 'event', id, event };
          // Fallen back meanwhile: `fallBack` has played it already.
          if (worker && waiting.has(id)) worker.postMessage(request);
        });
      });
    },
    close() {
      closing = true;
      finish();
    },
  };
}
