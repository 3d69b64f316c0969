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
  /**
   * The change's write. Settled before the answer while the call goes on (a reply is shown
   * with its turns on disk); the call's end is answered at once and written with strict
   * durability meanwhile, the end screen saying so until it is.
   */
  written: Promise<WriteOutcome>;
}

export interface CallEngine {
  /**
   * Events are played in the order they are sent, each written with the call's length when the
   * agent acted; each answer comes in that order too, once its change is written.
   */
  send(event: SessionEvent, seconds: number): Promise<LiveUpdate>;
  /** Ends the engine once the events already sent are answered and written. */
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

/** The call's end (or a transfer): answered before its write, which waits for the disk. */
const endsCall = (progress: CallProgress) => progress.engine.status === 'ended';

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
  // Answered by the worker, still being written there (the call's end): what to write if the
  // worker dies first, and where its outcome goes.
  const writing = new Map<
    number,
    { job: Waiting; progress: CallProgress; settle: (outcome: Promise<WriteOutcome>) => void }
  >();
  let nextId = 1;

  const live = (update: CallUpdate) => {
    const transcript = [...confirmed.transcript.slice(0, update.from), ...update.turns];
    confirmed = { ...update.progress, transcript };
    return { progress: confirmed, view: update.view, verified: update.verified };
  };
  // Answers come in the order of the events, the call's end after every write before it.
  let answered: Promise<unknown> = Promise.resolve();
  const answer = (
    shown: Omit<LiveUpdate, 'written'>,
    written: Promise<WriteOutcome>,
  ): Promise<LiveUpdate> => {
    const update = { ...shown, written };
    const next = answered.then(() =>
      endsCall(shown.progress) ? update : written.then(() => update),
    );
    answered = next;
    return next;
  };
  // Played and written in the page.
  const inPage = (job: Waiting): Promise<LiveUpdate> => {
    core ??= createCallCore({ ...start, progress: confirmed }, deps);
    const shown = live(core.send(job.event));
    return answer(shown, writer.write(shown.progress, job.seconds, job.at));
  };
  // Answered by the worker, which has written the change (`outcome`) or is writing it.
  const fromWorker = (id: number, job: Waiting, update: CallUpdate, outcome?: WriteOutcome) => {
    const shown = live(update);
    const recorded = (result: WriteOutcome) =>
      writer.written(shown.progress, job.seconds, job.at, result);
    if (outcome) return answer(shown, recorded(outcome));
    const written = new Promise<WriteOutcome>((settle) =>
      writing.set(id, { job, progress: shown.progress, settle }),
    );
    return answer(shown, written);
  };
  const finish = () => {
    if (!closing || waiting.size > 0 || writing.size > 0) return;
    worker?.terminate();
    worker = null;
    core?.stop();
    core = null;
  };
  // The worker is gone: what it was writing is written again by the page, and what it had not
  // answered is played in the page, in order.
  const fallBack = (why: string) => {
    console.warn('[coulisses] call worker failed; the call goes on in the page:', why);
    worker?.terminate();
    worker = null;
    for (const [id, { job, progress, settle }] of writing) {
      writing.delete(id);
      settle(writer.write(progress, job.seconds, job.at));
    }
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
      if (data.type === 'failed') return waiting.has(data.id) && fallBack(data.error);
      if (data.type === 'written') {
        const entry = writing.get(data.id);
        writing.delete(data.id);
        entry?.settle(
          writer.written(entry.progress, entry.job.seconds, entry.job.at, data.outcome),
        );
        return finish();
      }
      const job = waiting.get(data.id);
      if (!job) return;
      waiting.delete(data.id);
      job.resolve(fromWorker(data.id, job, data.update, data.outcome));
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
