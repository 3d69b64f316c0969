import type { SessionEvent } from '@/domain/session/session-machine';
import type { StageView } from '@/domain/session/session-views';
import type { CallCore, CallStart, CallUpdate } from './call-core';
import type { Lang } from '@/domain/language/language.types';
import type { BrandGuide } from '@/domain/script/brand-guide-schema';
import type { CallProgress } from './session-snapshot';
import type { CallReply, CallRequest } from './call.worker';
import type { SessionWriter, WriteOutcome } from './session-writer';

// The page's side of a call's engine. It runs in a worker of its own, started with the call and
// ended with it, which fetches the engine's code and the move model itself: this module imports
// none of it, so the page's chunks stay free of the engine. Where the browser has no workers
// (unit tests) or the worker fails, the same engine is loaded into the page, only then, and
// carries on from the last state the worker answered: same code, same call. Once the stage has
// the call (it gives its writer), the worker writes each change before answering; in the page,
// the page writes it, then answers: same writes.

/** The call after an event: its whole progress (transcript included) and what the stage shows. */
export interface LiveUpdate {
  progress: CallProgress;
  view: StageView;
  verified: boolean;
  /**
   * The change's write, `null` for an engine given no writer (its caller writes). Settled before
   * the answer while the call goes on (a reply is shown with its turns on disk); the call's end
   * is answered at once and written with strict durability meanwhile, the end screen saying so
   * until it is.
   */
  written: Promise<WriteOutcome> | null;
}

export interface CallEngine {
  /**
   * Events are played in the order they are sent, each written (given a writer) with the call's
   * length when the agent acted; each answer comes in that order too, once its change is written.
   */
  send(event: SessionEvent, seconds?: number): Promise<LiveUpdate>;
  /** The call as it stands, no event played (what the stage shows when it opens). */
  look(): Promise<LiveUpdate>;
  /** Ends the engine once the events already sent are answered (they are still written). */
  close(): void;
  /**
   * Keeps the engine for the stage of `sessionId` (see `openCallEngine`): the call goes on in
   * the same worker, its model already there. One engine is kept at most; it replaces the last.
   */
  park(sessionId: string): void;
}

/** An event to play, or `null` to look at the call as it stands. */
type Job = SessionEvent | null;

interface Waiting {
  job: Job;
  seconds: number;
  at: Date;
  /** Who writes its change: the writer the engine had when it was sent. */
  writer: SessionWriter | null;
  resolve: (update: LiveUpdate | PromiseLike<LiveUpdate>) => void;
  reject: (error: Error) => void;
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

interface Spawned {
  worker: Worker;
  /** Who hears the worker's answers (the engine using it); the model's measure is kept apart. */
  onReply: (reply: Exclude<CallReply, { type: 'model' }>) => void;
  onError: (message: string) => void;
}

function spawn(): Spawned | null {
  if (typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./call.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  const spawned: Spawned = { worker, onReply: () => undefined, onError: () => undefined };
  worker.onmessage = ({ data }: MessageEvent<CallReply>) => {
    if (data.type === 'model') {
      // The worker's own measure, put on the page's timeline where the bench reads it.
      const end = performance.now();
      performance.measure('coulisses:move-model-ready', { start: end - data.modelReadyMs, end });
      return;
    }
    spawned.onReply(data);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    spawned.onError(event.message);
  };
  return spawned;
}

// One worker at most waits here: prepared while the agent reads the setup page (its model
// loading), or an engine kept between the pick-up (or a reload) and the stage that carries the
// call on. Whatever takes its place ends it.
type Kept =
  /** `voice` null: started only, told nothing yet (any call can take it). */
  | { kind: 'prepared'; voice: { lang: string; brandId: string | null } | null; spawned: Spawned }
  | { kind: 'call'; sessionId: string; engine: CallEngine };
let kept: Kept | null = null;

function keep(next: Kept | null) {
  const previous = kept;
  kept = next;
  if (previous?.kind === 'prepared') previous.spawned.worker.terminate();
  if (previous?.kind === 'call' && previous.engine !== (next?.kind === 'call' && next.engine))
    previous.engine.close();
}

/**
 * Starts the call's worker ahead of the call, while the agent reads the setup page: it fetches
 * the model and builds the analyser, so picking up has nothing heavy left to do.
 */
export function prepareCallEngine(lang: Lang, brand: BrandGuide | null): void {
  const brandId = brand?.id ?? null;
  const voice = kept?.kind === 'prepared' ? kept.voice : undefined;
  if (voice && voice.lang === lang && voice.brandId === brandId) return;
  // A worker started but told nothing yet is told now; any other is replaced.
  const told = voice === null && kept?.kind === 'prepared' ? kept.spawned : null;
  const spawned = told ?? spawn();
  if (!spawned) return;
  spawned.worker.postMessage({ type: 'prepare', lang, brand } satisfies CallRequest);
  const next: Kept = { kind: 'prepared', voice: { lang, brandId }, spawned };
  if (told) kept = next;
  else keep(next);
}

/**
 * Starts a call's worker before knowing the call (a stage opened cold reads the call first): its
 * code loads and compiles meanwhile. Kept unless an engine is already kept for `sessionId`.
 */
export function warmCallEngine(sessionId: string): void {
  if (kept?.kind === 'prepared' || (kept?.kind === 'call' && kept.sessionId === sessionId)) return;
  const spawned = spawn();
  if (spawned) keep({ kind: 'prepared', voice: null, spawned });
}

/** The setup page is left without a call (or a stage found none): its prepared worker ends. */
export function dropPreparedCallEngine(): void {
  if (kept?.kind === 'prepared') keep(null);
}

/** The engine in the page, loaded only when there is no worker to run it. */
async function pageCore(start: CallStart): Promise<CallCore> {
  const [{ createCallCore }, { sessionDependencies }] = await Promise.all([
    import('./call-core'),
    import('@/stores/session-dependencies'),
  ]);
  return createCallCore(start, await sessionDependencies(start.config.script, start.config.brand));
}

function prepared(start: CallStart): Spawned | null {
  if (kept?.kind !== 'prepared') return null;
  const { voice, spawned } = kept;
  const { script, brand } = start.config;
  if (voice && (voice.lang !== script.language || voice.brandId !== (brand?.id ?? null)))
    return null;
  kept = null;
  return spawned;
}

/** The call's end (or a transfer): answered before its write, which waits for the disk. */
const endsCall = (progress: CallProgress) => progress.engine.status === 'ended';

/** Gives an engine the writer of the stage taking it over. */
const attachers = new WeakMap<CallEngine, (writer: SessionWriter) => void>();

function open(start: CallStart): CallEngine {
  let confirmed = start.progress;
  const spawned = prepared(start) ?? spawn();
  let worker = spawned?.worker ?? null;
  let core: Promise<CallCore> | null = null;
  let writer: SessionWriter | null = null;
  // Page jobs are played one after the other, the engine's loading included.
  let inPageQueue: Promise<unknown> = Promise.resolve();
  let closing = false;
  const waiting = new Map<number, Waiting>();
  // Answered by the worker, still being written there (the call's end): what to write if the
  // worker dies first, and where its outcome goes.
  const writing = new Map<
    number,
    { waiter: Waiting; progress: CallProgress; settle: (outcome: Promise<WriteOutcome>) => void }
  >();
  let nextId = 1;

  const live = (update: CallUpdate): Omit<LiveUpdate, 'written'> => {
    const transcript = [...(confirmed?.transcript ?? []).slice(0, update.from), ...update.turns];
    confirmed = { ...update.progress, transcript };
    return { progress: confirmed, view: update.view, verified: update.verified };
  };
  // Answers come in the order of the events, the call's end after every write before it.
  let answered: Promise<unknown> = Promise.resolve();
  const answer = (
    shown: Omit<LiveUpdate, 'written'>,
    written: Promise<WriteOutcome> | null,
  ): Promise<LiveUpdate> => {
    const update = { ...shown, written };
    const next = answered.then(() =>
      !written || endsCall(shown.progress) ? update : written.then(() => update),
    );
    answered = next;
    return next;
  };
  const finish = () => {
    if (!closing || waiting.size > 0 || writing.size > 0) return;
    worker?.terminate();
    worker = null;
    const stopping = core;
    core = null;
    void stopping?.then(
      (ended) => ended.stop(),
      () => undefined,
    );
  };
  // Played (and written, given a writer) in the page.
  const inPage = (waiter: Waiting): Promise<LiveUpdate> => {
    const played = inPageQueue.then(async () => {
      // Started from the last state answered: a worker's if it failed mid-call.
      core ??= pageCore({ ...start, progress: confirmed });
      const engine = await core;
      const { job } = waiter;
      const shown = live(job ? engine.send(job) : engine.current());
      const write = job && waiter.writer;
      return answer(shown, write ? write.write(shown.progress, waiter.seconds, waiter.at) : null);
    });
    inPageQueue = played.catch(() => undefined);
    return played;
  };
  // Answered by the worker, which has written the change (`outcome`) or is writing it.
  const fromWorker = (id: number, waiter: Waiting, update: CallUpdate, outcome?: WriteOutcome) => {
    const shown = live(update);
    const write = waiter.job && waiter.writer;
    if (!write) return answer(shown, null);
    if (outcome)
      return answer(shown, write.written(shown.progress, waiter.seconds, waiter.at, outcome));
    const written = new Promise<WriteOutcome>((settle) =>
      writing.set(id, { waiter, progress: shown.progress, settle }),
    );
    return answer(shown, written);
  };
  // The worker is gone: what it was writing is written again by the page, and what it had not
  // answered is played in the page, in order.
  const fallBack = (why: string) => {
    console.warn('[coulisses] call worker failed; the call goes on in the page:', why);
    worker?.terminate();
    worker = null;
    for (const [id, { waiter, progress, settle }] of writing) {
      writing.delete(id);
      if (waiter.writer) settle(waiter.writer.write(progress, waiter.seconds, waiter.at));
    }
    for (const [id, waiter] of waiting) {
      waiting.delete(id);
      inPage(waiter).then(waiter.resolve, (error: unknown) => waiter.reject(asError(error)));
    }
    finish();
  };

  if (spawned) {
    spawned.onReply = (data) => {
      if (data.type === 'failed') {
        if (waiting.has(data.id)) fallBack(data.error);
        return;
      }
      if (data.type === 'written') {
        const entry = writing.get(data.id);
        writing.delete(data.id);
        const write = entry?.waiter.writer;
        if (entry && write)
          entry.settle(
            write.written(entry.progress, entry.waiter.seconds, entry.waiter.at, data.outcome),
          );
        return finish();
      }
      const waiter = waiting.get(data.id);
      if (!waiter) return;
      waiting.delete(data.id);
      waiter.resolve(fromWorker(data.id, waiter, data.update, data.outcome));
      finish();
    };
    spawned.onError = fallBack;
    // Told to start before any event: its messages are handled in order.
    spawned.worker.postMessage({ type: 'start', start } satisfies CallRequest);
  }

  const play = (job: Job, seconds = 0): Promise<LiveUpdate> => {
    const at = new Date();
    const base = { job, seconds, at, writer };
    if (!worker) return inPage({ ...base, resolve: () => undefined, reject: () => undefined });
    const id = nextId++;
    return new Promise<LiveUpdate>((resolve, reject) => {
      waiting.set(id, { ...base, resolve, reject });
      const request: CallRequest = job
        ? { type: 'event', id, event: job, seconds, at: at.toISOString() }
        : { type: 'look', id };
      worker?.postMessage(request);
    });
  };
  const engine: CallEngine = {
    send: play,
    look: () => play(null),
    close() {
      if (kept?.kind === 'call' && kept.engine === engine) kept = null;
      closing = true;
      finish();
    },
    park: (sessionId) => keep({ kind: 'call', sessionId, engine }),
  };
  attachers.set(engine, (given) => {
    writer = given;
    // The worker writes from here on, from what the page's writer holds of the call.
    const storage = given.handOver();
    worker?.postMessage({ type: 'store', storage } satisfies CallRequest);
  });
  return engine;
}

/**
 * Opens a call's engine: a call picked up (`progress` null) or carried on from `progress`. The
 * engine kept for `sessionId` (`park`) is taken as it is, in the state it was left in. Given a
 * `writer` (the stage's), each change sent from now on is written before it is answered: by the
 * worker through its own connection, or by this writer in the page.
 */
export function openCallEngine(
  start: CallStart,
  sessionId?: string,
  writer?: SessionWriter,
): CallEngine {
  let engine: CallEngine;
  if (sessionId !== undefined && kept?.kind === 'call' && kept.sessionId === sessionId) {
    engine = kept.engine;
    kept = null;
  } else engine = open(start);
  if (writer) attachers.get(engine)?.(writer);
  return engine;
}
