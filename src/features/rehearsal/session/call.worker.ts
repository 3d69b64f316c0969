// One call's engine off the main thread: the agent's line is analysed, the customer replies and
// the call is scored here, while the page only draws. The page starts one worker per call and
// ends it with the call, so what the engine allocated and compiled goes with it. The worker
// fetches the move model itself (the HTTP cache or the service worker's precache has it after
// the first call): the page neither downloads the engine nor the model.
import type { Lang } from '@/domain/language/language.types';
import type { BrandGuide } from '@/domain/script/brand-guide-schema';
import type { SessionEvent } from '@/domain/session/session-machine';
import type { SessionDependencies } from '@/domain/session/session.types';
import { sessionDependencies } from '@/stores/session-dependencies';
import { createCallCore, type CallCore, type CallStart, type CallUpdate } from './call-core';

export type CallRequest =
  /** Sent ahead of the call (the agent reads the setup page): fetch the model, build the ear. */
  | { type: 'prepare'; lang: Lang; brand: BrandGuide | null }
  | { type: 'start'; start: CallStart }
  | { type: 'event'; id: number; event: SessionEvent }
  | { type: 'look'; id: number };

export type CallReply =
  | { id: number; ok: true; update: CallUpdate }
  | { id: number; ok: false; error: string }
  /** How long the model took to be ready here, for the page's timeline (the bench reads it). */
  | { modelReadyMs: number };

let core: CallCore | null = null;
/** The call's language and brand, once started: what its analyser is built for. */
let voice: { lang: Lang; brand: BrandGuide | null } | null = null;
let analyser: Promise<SessionDependencies> | null = null;
let failure: string | null = null;
// Requests are handled one after the other: an event waits for the model, a look does not.
let queue: Promise<void> = Promise.resolve();

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

let ready: SessionDependencies | null = null;

function prepare(lang: Lang, brand: BrandGuide | null): Promise<SessionDependencies> {
  analyser ??= sessionDependencies({ language: lang }, brand).then((deps) => {
    ready = deps;
    const measure = performance.getEntriesByName('coulisses:move-model-ready')[0];
    if (measure) self.postMessage({ modelReadyMs: measure.duration } satisfies CallReply);
    return deps;
  });
  // A model that cannot be had fails each event (answered below), not the worker.
  analyser.catch(() => undefined);
  return analyser;
}

function started(start: CallStart): CallCore {
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

async function answer(
  request: Extract<CallRequest, { type: 'event' | 'look' }>,
): Promise<CallReply> {
  try {
    if (!core) throw new Error(failure ?? 'call engine not started');
    if (request.type === 'look') return { id: request.id, ok: true, update: core.current() };
    if (voice) await prepare(voice.lang, voice.brand);
    return { id: request.id, ok: true, update: core.send(request.event) };
  } catch (error) {
    return { id: request.id, ok: false, error: message(error) };
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
  queue = queue.then(async () => {
    self.postMessage(await answer(data));
    // The model is fetched once the call has been shown (a reload looks first): the look is not
    // held up by decoding it. A worker prepared on the setup page has it already.
    if (voice) void prepare(voice.lang, voice.brand);
  });
};
