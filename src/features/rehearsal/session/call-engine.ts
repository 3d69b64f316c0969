import type { SessionEvent } from '@/domain/session/session-machine';
import type { StageView } from '@/domain/session/session-views';
import type { CallCore, CallStart, CallUpdate } from './call-core';
import type { Lang } from '@/domain/language/language.types';
import type { BrandGuide } from '@/domain/script/brand-guide-schema';
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
  resolve: (update: LiveUpdate) => void;
  reject: (error: Error) => void;
}

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

interface Spawned {
  worker: Worker;
  /** Who hears the worker's answers (the engine using it); the model's measure is kept apart. */
  onReply: (reply: Exclude<CallReply, { modelReadyMs: number }>) => void;
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
    if ('modelReadyMs' in data) {
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

function open(start: CallStart): CallEngine {
  let confirmed = start.progress;
  const spawned = prepared(start) ?? spawn();
  let worker = spawned?.worker ?? null;
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

  if (spawned) {
    spawned.onReply = (data) => {
      const waiter = waiting.get(data.id);
      if (!waiter) return;
      if (!data.ok) return fallBack(data.error);
      waiting.delete(data.id);
      waiter.resolve(live(data.update));
      finish();
    };
    spawned.onError = fallBack;
    // Told to start before any event: its messages are handled in order.
    spawned.worker.postMessage({ type: 'start', start } satisfies CallRequest);
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
  return engine;
}

/**
 * Opens a call's engine: a call picked up (`progress` null) or carried on from `progress`. The
 * engine kept for `sessionId` (`park`) is taken as it is, in the state it was left in.
 */
export function openCallEngine(start: CallStart, sessionId?: string): CallEngine {
  if (sessionId !== undefined && kept?.kind === 'call' && kept.sessionId === sessionId) {
    const { engine } = kept;
    kept = null;
    return engine;
  }
  return open(start);
}
