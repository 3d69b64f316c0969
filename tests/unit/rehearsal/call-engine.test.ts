// The call's engine behind its message protocol (call-engine.ts, call.worker.ts): in the page
// where there are no workers, in a worker (the real worker module, its messages structured-
// cloned as a browser would), and in the page again after the worker fails mid-call. Each plays
// the very same call as an uninterrupted engine: same transcript, state, stage view and score.
import { createActor } from 'xstate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { identityVerified } from '@/domain/customer/identity-verified';
import type { Rubric } from '@/domain/scoring/rubric-schema';
import { sessionMachine, type SessionEvent } from '@/domain/session/session-machine';
import { stageView } from '@/domain/session/session-views';
import type { SessionConfig } from '@/domain/session/session.types';
import type { CallStart } from '@/features/rehearsal/session/call-core';
import {
  openCallEngine,
  prepareCallEngine,
  warmCallEngine,
  type LiveUpdate,
} from '@/features/rehearsal/session/call-engine';
import { scoreEndedSession } from '@/features/rehearsal/session/score';
import { progressOf } from '@/features/rehearsal/session/engine-snapshot';
import {
  exampleBrand,
  exampleScript,
  libraryDocument,
  POLITE_LINES,
  realDeps,
} from '../domain/session/session-fixtures';

vi.setConfig({ testTimeout: 60_000 });

const rubric = libraryDocument('rubric', 'default') as Rubric;
const deps = realDeps(exampleBrand());
const config: SessionConfig = {
  script: exampleScript(),
  persona: libraryDocument('persona', 'remi-garnier-presse'),
  brand: exampleBrand(),
  mode: 'repetition',
  seed: 8,
  agentName: 'Julie',
};
const EVENTS: SessionEvent[] = [
  ...POLITE_LINES.slice(0, 3).map((text) => ({ type: 'AGENT_LINE' as const, text })),
  { type: 'PROMPTER' },
  { type: 'HANG_UP' },
];

function pickedUp() {
  const actor = createActor(sessionMachine, { input: { config, deps } }).start();
  actor.send({ type: 'ANSWER' });
  return actor;
}

function callStart(): CallStart {
  return {
    config,
    progress: progressOf(pickedUp().getSnapshot()),
    agentName: 'Julie',
    openingTurns: undefined,
    rubric,
  };
}

/** What an uninterrupted engine gives after every event. */
function expected() {
  const actor = pickedUp();
  return EVENTS.map((event) => {
    actor.send(event);
    const snapshot = actor.getSnapshot();
    const session = snapshot.context.session;
    return {
      progress: progressOf(snapshot, (ended) => scoreEndedSession(ended, rubric)),
      view: stageView(session, 'Julie'),
      verified: identityVerified(session),
    };
  });
}

async function playAll(): Promise<LiveUpdate[]> {
  const engine = openCallEngine(callStart());
  // Sent together, as an agent typing fast would: answered in order all the same.
  const updates = await Promise.all(EVENTS.map((event) => engine.send(event)));
  engine.close();
  return updates;
}

/** Compared as plain data: what would be stored, and what the stage shows. */
const plain = (updates: unknown) => structuredClone(updates);

/** A worker for the tests: messages cross as clones, and the worker's side is `scope`. */
class FakeWorker {
  static scope: { onmessage?: (event: { data: unknown }) => void } | null = null;
  static started = 0;
  static posted: string[] = [];
  static messages: unknown[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  terminated = false;
  constructor() {
    FakeWorker.started += 1;
  }
  postMessage(data: { type: string }) {
    FakeWorker.posted.push(data.type);
    const copy = structuredClone(data);
    FakeWorker.messages.push(copy);
    setTimeout(() => FakeWorker.scope?.onmessage?.({ data: copy }));
  }
  terminate() {
    this.terminated = true;
  }
}

/** Workers that run the real worker module (call.worker.ts), a fresh instance per test. */
async function realWorker(): Promise<FakeWorker[]> {
  const workers: FakeWorker[] = [];
  const scope = {
    onmessage: undefined as ((event: { data: unknown }) => void) | undefined,
    postMessage: (reply: unknown) => {
      const copy = structuredClone(reply);
      setTimeout(() => workers.at(-1)?.onmessage?.({ data: copy }));
    },
  };
  vi.stubGlobal('self', scope);
  vi.stubGlobal(
    'Worker',
    class extends FakeWorker {
      constructor() {
        super();
        workers.push(this);
      }
    },
  );
  FakeWorker.scope = scope;
  vi.resetModules();
  await import('@/features/rehearsal/session/call.worker');
  return workers;
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.scope = null;
  FakeWorker.started = 0;
  FakeWorker.posted = [];
  FakeWorker.messages = [];
});

describe('the call engine', () => {
  it('plays the call in the page where there are no workers', async () => {
    expect(typeof Worker).toBe('undefined');
    const updates = await playAll();
    expect(plain(updates)).toEqual(plain(expected()));
    // The call ended on the hang-up, scored: the comparison covers the score card too.
    expect(updates.at(-1)?.progress.scoreCard?.rubric.id).toBe('default');
  });

  it('plays the same call in the worker, across structured clones', async () => {
    const workers = await realWorker();
    const updates = await playAll();
    expect(FakeWorker.posted).toEqual(['start', ...EVENTS.map(() => 'event')]);
    expect(plain(updates)).toEqual(plain(expected()));
    // Ended with the call, once every event was answered.
    expect(workers[0]?.terminated).toBe(true);
    // The page hands over the call, not the move model: the worker fetches its own.
    expect(Object.keys(FakeWorker.messages[0] as object).sort()).toEqual(['start', 'type']);
  });

  it('picks a new call up in the worker as the page would have', async () => {
    await realWorker();
    const engine = openCallEngine({ ...callStart(), progress: null });
    const answered = await engine.send({ type: 'ANSWER' });
    engine.close();
    const actor = pickedUp();
    const session = actor.getSnapshot().context.session;
    expect(plain(answered)).toEqual(
      plain({
        progress: progressOf(actor.getSnapshot()),
        view: stageView(session, 'Julie'),
        verified: identityVerified(session),
      }),
    );
  });

  it.each([
    ['in the page', async () => undefined],
    ['in the worker', realWorker],
  ])('shows a stored call as it stands, %s', async (_where, setUp) => {
    await setUp();
    const start = callStart();
    const session = pickedUp().getSnapshot().context.session;
    const engine = openCallEngine(start);
    const seen = await engine.look();
    engine.close();
    expect(plain(seen)).toEqual(
      plain({
        progress: start.progress,
        view: stageView(session, 'Julie'),
        verified: identityVerified(session),
      }),
    );
    if (FakeWorker.started > 0) expect(FakeWorker.posted).toEqual(['start', 'look']);
  });

  it('keeps a call in its worker from the pick-up to the stage, and from the setup page on', async () => {
    const workers = await realWorker();
    // The setup page starts the worker ahead; the pick-up takes it.
    prepareCallEngine('fr', exampleBrand());
    const picked = openCallEngine({ ...callStart(), progress: null });
    await picked.send({ type: 'ANSWER' });
    picked.park('call-1');
    // The stage of that call takes the same engine over, as it was left.
    const stage = openCallEngine(callStart(), 'call-1');
    expect(stage).toBe(picked);
    const updates = await Promise.all(EVENTS.map((event) => stage.send(event)));
    stage.close();
    expect(plain(updates)).toEqual(plain(expected()));
    expect(FakeWorker.started).toBe(1);
    expect(FakeWorker.posted).toEqual(['prepare', 'start', 'event', ...EVENTS.map(() => 'event')]);
    expect(workers[0]?.terminated).toBe(true);
    // Another session's stage gets an engine of its own.
    const other = openCallEngine(callStart(), 'call-2');
    expect(other).not.toBe(picked);
    other.close();
  });

  it('a stage opened cold starts the worker before it has read the call, and uses it', async () => {
    await realWorker();
    warmCallEngine('call-3');
    expect(FakeWorker.started).toBe(1);
    const engine = openCallEngine(callStart(), 'call-3');
    const updates = await Promise.all(EVENTS.map((event) => engine.send(event)));
    engine.close();
    expect(plain(updates)).toEqual(plain(expected()));
    expect(FakeWorker.started).toBe(1);
    expect(FakeWorker.posted).toEqual(['start', ...EVENTS.map(() => 'event')]);
  });

  it('carries the call on in the page when the worker fails mid-call', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const workers: FakeWorker[] = [];
    vi.stubGlobal(
      'Worker',
      class extends FakeWorker {
        constructor() {
          super();
          workers.push(this);
        }
        override postMessage(data: { type: string }) {
          super.postMessage(data);
          // The worker dies on the second event, before answering anything.
          if (FakeWorker.posted.filter((type) => type === 'event').length === 2)
            setTimeout(() => this.onerror?.({ message: 'crashed', preventDefault() {} }));
        }
      },
    );
    expect(plain(await playAll())).toEqual(plain(expected()));
    expect(workers[0]?.terminated).toBe(true);
    expect(warn).toHaveBeenCalledOnce();
  });
});
