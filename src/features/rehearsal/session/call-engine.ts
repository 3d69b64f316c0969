import type { SessionEvent } from '@/domain/session/session-machine';
import type { StageView } from '@/domain/session/session-views';
import type { SessionDependencies } from '@/domain/session/session.types';
import { shippedMoveModel } from '@/stores/session-dependencies';
import { createCallCore, type CallCore, type CallStart, type CallUpdate } from './call-core';
import type { CallProgress } from './session-snapshot';
import type { CallReply, CallRequest } from './call.worker';
import type { SessionWriter, WriteOutcome } from './session-writer';

// The page's side of a call's engine. It runs in a worker of its own, started with the call and
// ended with it, which also writes each change before answering; where the browser has no
// workers (unit tests) or the worker fails, the same engine carries on in the page from the last
// state it answered, written by the page: same code, same call, same writes.

/** The call after an event: its whole progress (transcript included) and what the stage shows. */
export interface LiveUpdate {
  progress: CallProgress;
  view: StageView;
  verified: boolean;
  /** The change's write: the stage shows the call's turns up to those on disk. */
  outcome: WriteOutcome;
}

export interface CallEngine {
  /**
   * Events are played in the order they are sent, each written with the call's length when the
   * agent acted; each answer comes in that order too, once its change is written.
   */
  send(event: SessionEvent, seconds: number): Promise<LiveUpdate>;
  /** Ends the engine once the events already sent are answered (they are still written). */
  close(): void;
}

interface Waiting {
  event: SessionEvent;
  seconds: number;
  at: Date;
  resolve: (update: LiveUpdate | PromiseLike<LiveUpdate>) => void;
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

export function openCallEngine(
  start: CallStart,
  deps: SessionDependencies,
  writer: SessionWriter,
): CallEngine {
  let confirmed = start.progress;
  let worker = callWorker();
  let core: CallCore | null = null;
  let closing = false;
  const waiting = new Map<number, Waiting>();
  let nextId = 1;

  const live = (update: CallUpdate) => {
    const transcript = [...confirmed.transcript.slice(0, update.from), ...update.turns];
    confirmed = { ...update.progress, transcript };
    return { progress: confirmed, view: update.view, verified: update.verified };
  };
  // Written by the worker: the page's writer keeps its copy and hears the outcome.
  const answered = (job: Waiting, update: CallUpdate, outcome: WriteOutcome) => {
    const shown = live(update);
    return writer
      .written(shown.progress, job.seconds, job.at, outcome)
      .then((settled) => ({ ...shown, outcome: settled }));
  };
  // Played and written in the page.
  const inPage = (job: Waiting): Promise<LiveUpdate> => {
    core ??= createCallCore({ ...start, progress: confirmed }, deps);
    const shown = live(core.send(job.event));
    return writer
      .write(shown.progress, job.seconds, job.at)
      .then((outcome) => ({ ...shown, outcome }));
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
        job.resolve(inPage(job));
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
          const request: CallRequest = {
            type: 'start',
            start,
            model,
            storage: writer.handOver(),
          };
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
      job.resolve(answered(job, data.update, data.outcome));
      finish();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fallBack(event.message);
    };
  }

  return {
    send(event, seconds) {
      const at = new Date();
      if (!worker) {
        try {
          return inPage({ event, seconds, at, resolve: () => {}, reject: () => {} });
        } catch (error) {
          return Promise.reject(error instanceof Error ? error : new Error(String(error)));
        }
      }
      const id = nextId++;
      return new Promise<LiveUpdate>((resolve, reject) => {
        waiting.set(id, { event, seconds, at, resolve, reject });
        void ready.then(() => {
          const request: CallRequest = {
            type: 'event',
            id,
            event,
            seconds,
            at: at.toISOString(),
          };
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
