// One call's engine off the main thread: the agent's line is analysed, the customer replies, the
// call is scored and, once the stage has the call, each change is written to IndexedDB here,
// while the page only draws. The page shows a change once this worker answers, and it answers
// once the change is on disk (or the write has failed): what the agent sees survives a crash, and
// the page spends nothing on the write. The page starts one worker per call and ends it with the
// call, so what the engine allocated and compiled goes with it. The worker fetches the move model
// itself (the HTTP cache or the service worker's precache has it after the first call): the page
// neither downloads the engine nor the model.
import type { Lang } from '@/domain/language/language.types';
import type { BrandGuide } from '@/domain/script/brand-guide-schema';
import type { SessionEvent } from '@/domain/session/session-machine';
import type { SessionDependencies } from '@/domain/session/session.types';
import { createAppStorage } from '@/storage/app-storage';
import type { SessionRecord } from '@/storage/session-record';
import { sessionDependencies } from '@/stores/session-dependencies';
import {
  createCallCore,
  warmUpCall,
  type CallCore,
  type CallStart,
  type CallUpdate,
} from './call-core';
import { createSessionWriter, type SessionWriter, type WriteOutcome } from './session-writer';

/** Where the call is written: the page's database, and what it holds of the call already. */
export interface CallStorage {
  database: string;
  record: SessionRecord;
  savedTurns: number;
}

export type CallRequest =
  /** Sent ahead of the call (the agent reads the setup page): fetch the model, build the ear. */
  | { type: 'prepare'; lang: Lang; brand: BrandGuide | null }
  | { type: 'start'; start: CallStart }
  /** The stage has taken the call over: from now on each change is written here, then answered. */
  | { type: 'store'; storage: CallStorage }
  | {
      type: 'event';
      id: number;
      event: SessionEvent;
      /** The call's length when the agent acted, and when (the record's `updatedAt`). */
      seconds: number;
      at: string;
    }
  | { type: 'look'; id: number };

/**
 * Once the call is stored here, an answer comes once its change is written (`outcome`), except
 * the call's end: answered at once, its outcome following in `written` once the disk has it
 * (strict durability is slow). Before that (pick-up, look) answers carry no outcome.
 */
export type CallReply =
  | { type: 'answer'; id: number; update: CallUpdate; outcome?: WriteOutcome }
  | { type: 'written'; id: number; outcome: WriteOutcome }
  | { type: 'failed'; id: number; error: string }
  /** How long the model took to be ready here, for the page's timeline (the bench reads it). */
  | { type: 'model'; modelReadyMs: number };

let core: CallCore | null = null;
let begun: CallStart | null = null;
/** The call's language and brand, once started: what its analyser is built for. */
let voice: { lang: Lang; brand: BrandGuide | null } | null = null;
let analyser: Promise<SessionDependencies> | null = null;
let failure: string | null = null;
let writer: SessionWriter | null = null;
let lastWrite: Promise<unknown> = Promise.resolve();
let warming: { stop(): void } | null = null;
/** Events received so far: a warm-up begins only if none came since it was asked for. */
let events = 0;
// Requests are handled one after the other: an event waits for the model, a look does not.
let queue: Promise<void> = Promise.resolve();

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const post = (reply: CallReply) => self.postMessage(reply);

let ready: SessionDependencies | null = null;

function prepare(lang: Lang, brand: BrandGuide | null): Promise<SessionDependencies> {
  analyser ??= sessionDependencies({ language: lang }, brand).then((deps) => {
    ready = deps;
    const measure = performance.getEntriesByName('coulisses:move-model-ready')[0];
    if (measure) post({ type: 'model', modelReadyMs: measure.duration });
    return deps;
  });
  // A model that cannot be had fails each event (answered below), not the worker.
  analyser.catch(() => undefined);
  return analyser;
}

function started(start: CallStart): CallCore {
  begun = start;
  voice = { lang: start.config.script.language, brand: start.config.brand };
  // Only an event reads the analyser, and each one waits for it (below): restoring the call and
  // showing it need no model.
  const deps: SessionDependencies = {
    analyse: (text, options) => {
      if (!ready) throw new Error('call engine: the move model is not ready');
      return ready.analyse(text, options);
    },
    redact: (text, earlier) => {
      if (!ready) throw new Error('call engine: the move model is not ready');
      return ready.redact(text, earlier);
    },
  };
  return createCallCore(start, deps);
}

function stored(storage: CallStorage) {
  // Blocked or closed by another tab's upgrade: the page hears it on its own connection, and
  // the writes here then fail, each failure told to the page with its answer.
  const { db, sessions } = createAppStorage(() => undefined, storage.database);
  // Opened while the agent reads the first line, not on the first write.
  db.open().catch(() => undefined);
  writer = createSessionWriter(storage.record, storage.savedTurns, () => undefined, {
    sessions: () => sessions,
    database: () => storage.database,
    remember: () => undefined,
    forget: () => undefined,
    failed: () => undefined,
    succeeded: () => undefined,
  });
  // The stage shows the call and the agent reads its opening: a throwaway copy warms the engine
  // meanwhile, once the model is here, unless an event came first.
  const asked = events;
  if (!voice) return;
  void prepare(voice.lang, voice.brand).then((deps) => {
    if (!core || !begun || events !== asked) return;
    warming = warmUpCall({ ...begun, progress: core.progress() }, deps);
  });
}

async function answer(request: Extract<CallRequest, { type: 'event' | 'look' }>) {
  const { id } = request;
  const fail = (error: unknown) => post({ type: 'failed', id, error: message(error) });
  try {
    if (!core) throw new Error(failure ?? 'call engine not started');
    if (request.type === 'look') return post({ type: 'answer', id, update: core.current() });
    if (voice) await prepare(voice.lang, voice.brand);
    const update = core.send(request.event);
    if (!writer) return post({ type: 'answer', id, update });
    const progress = core.progress();
    // Written in the order the events came (the writer queues), answered in that order too:
    // the call's end once the changes before it are written, not before their answers.
    const before = lastWrite;
    const written = writer.write(progress, request.seconds, new Date(request.at));
    lastWrite = written;
    if (progress.engine.status === 'ended') {
      before.then(() => post({ type: 'answer', id, update }), fail);
      written.then((outcome) => post({ type: 'written', id, outcome }), fail);
    } else {
      written.then((outcome) => post({ type: 'answer', id, update, outcome }), fail);
    }
  } catch (error) {
    fail(error);
  }
}

self.onmessage = ({ data }: MessageEvent<CallRequest>) => {
  if (data.type === 'prepare') {
    void prepare(data.lang, data.brand);
    return;
  }
  if (data.type === 'start') {
    try {
      core = started(data.start);
    } catch (error) {
      // Every request is answered with the failure: the page carries the call on itself.
      failure = message(error);
    }
    return;
  }
  if (data.type === 'store') {
    // In order with the requests before it: what came before the stage is not written here.
    queue = queue.then(() => {
      try {
        stored(data.storage);
      } catch (error) {
        // Not written here: every request fails, and the page carries the call on and writes it.
        failure = message(error);
        core = null;
      }
    });
    return;
  }
  if (data.type === 'event') {
    events += 1;
    warming?.stop();
    warming = null;
  }
  queue = queue.then(async () => {
    await answer(data);
    // The model is fetched once the call has been shown (a reload looks first): the look is not
    // held up by decoding it. A worker prepared on the setup page has it already.
    if (voice) void prepare(voice.lang, voice.brand);
  });
};
