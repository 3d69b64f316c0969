// The call's engine behind its message protocol (call-engine.ts, call.worker.ts): in the page
// where there are no workers, in a worker (the real worker module, its messages structured-
// cloned as a browser would), and in the page again after the worker fails mid-call. Each plays
// the very same call as an uninterrupted engine: same transcript, state, stage view and score.
// Each answer comes once its change is written (by the worker, or by the page without one).
import 'fake-indexeddb/auto';
import { createActor } from 'xstate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { identityVerified } from '@/domain/customer/identity-verified';
import type { Rubric } from '@/domain/scoring/rubric-schema';
import { sessionMachine, type SessionEvent } from '@/domain/session/session-machine';
import { stageView } from '@/domain/session/session-views';
import type { SessionConfig } from '@/domain/session/session.types';
import { createCallCore, warmUpCall, type CallStart } from '@/features/rehearsal/session/call-core';
import { openCallEngine, type LiveUpdate } from '@/features/rehearsal/session/call-engine';
import { scoreEndedSession } from '@/features/rehearsal/session/score';
import { newSessionRecord, progressOf } from '@/features/rehearsal/session/session-snapshot';
import {
  createSessionWriter,
  type SaveState,
  type WriteOutcome,
} from '@/features/rehearsal/session/session-writer';
import { createAppStorage, type AppStorage } from '@/storage/app-storage';
import { registerAppStorage } from '@/stores/app-storage-registry';
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

type Played = Omit<LiveUpdate, 'written'> & { outcome: WriteOutcome };

let storage: AppStorage;
let stored: {
  sessionId: string;
  states: SaveState[];
  /** Turns the page's writer had heard were on disk, less those shown, at each answer. */
  savedWhenShown: number[];
  pageWrites: number;
};

/** The call picked up and written as the setup page does, then played through the engine. */
async function playAll(): Promise<Played[]> {
  storage = createAppStorage(() => undefined, `call-engine-${crypto.randomUUID()}`);
  registerAppStorage(storage);
  const start = callStart();
  const picked = pickedUp().getSnapshot();
  const record = newSessionRecord(picked.context.session, {
    id: crypto.randomUUID(),
    profileId: 'p1',
    startedAt: '2026-12-03T20:00:00.000Z',
  });
  stored = { sessionId: record.id, states: [], savedWhenShown: [], pageWrites: 0 };
  let saved = 0;
  const writer = createSessionWriter(record, 0, (state, turns) => {
    stored.states.push(state);
    saved = turns;
  });
  await writer.write(progressOf(picked), 0);
  // From here on, the writes the page makes itself (none while the worker has the call).
  const count = () => void (stored.pageWrites += 1);
  const saveProgress = storage.sessions.saveProgress.bind(storage.sessions);
  const saveFinal = storage.sessions.saveFinal.bind(storage.sessions);
  storage.sessions.saveProgress = (...args) => (count(), saveProgress(...args));
  storage.sessions.saveFinal = (...args) => (count(), saveFinal(...args));
  const engine = openCallEngine(start, deps, writer);
  // Sent together, as an agent typing fast would: answered in order all the same.
  const updates = await Promise.all(
    EVENTS.map((event, n) =>
      engine.send(event, n).then(async ({ written, ...update }) => {
        stored.savedWhenShown.push(saved - update.progress.transcript.length);
        return { ...update, outcome: await written };
      }),
    ),
  );
  engine.close();
  return updates;
}

/** Compared as plain data: what would be stored, and what the stage shows. */
const plain = (updates: Played[]) =>
  structuredClone(updates.map(({ outcome, ...shown }) => (void outcome, shown)));

/**
 * Every change was written, and while the call went on each answer came with its turns on disk:
 * the page shows them at once. The call's end is answered first, its write then settled. The
 * disk holds the whole call, scored.
 */
async function expectWritten(updates: Played[]) {
  for (const update of updates) {
    expect(update.outcome).toEqual({
      state: 'saved',
      savedTurns: update.progress.transcript.length,
    });
  }
  expect(stored.savedWhenShown.slice(0, -1)).toEqual(updates.slice(0, -1).map(() => 0));
  expect(stored.savedWhenShown.at(-1)).toBeLessThan(0);
  const last = updates.at(-1);
  const onDisk = await storage.sessions.get(stored.sessionId);
  expect(onDisk?.turns.map((row) => row.turn)).toEqual(plain(updates).at(-1)?.progress.transcript);
  expect(onDisk?.record.status).toBe('ended');
  expect(onDisk?.record.scoreCard).toEqual(last?.progress.scoreCard);
  expect(stored.states.at(-1)).toBe('saved');
}

/** A worker for the tests: messages cross as clones, and the worker's side is `scope`. */
class FakeWorker {
  static scope: { onmessage?: (event: { data: unknown }) => void } | null = null;
  static started = 0;
  static posted: string[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  terminated = false;
  constructor() {
    FakeWorker.started += 1;
  }
  postMessage(data: { type: string }) {
    FakeWorker.posted.push(data.type);
    const copy = structuredClone(data);
    setTimeout(() => FakeWorker.scope?.onmessage?.({ data: copy }));
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.scope = null;
  FakeWorker.started = 0;
  FakeWorker.posted = [];
});

describe('the call engine', () => {
  it('plays the call in the page where there are no workers', async () => {
    expect(typeof Worker).toBe('undefined');
    const updates = await playAll();
    expect(plain(updates)).toEqual(structuredClone(expected()));
    // The call ended on the hang-up, scored: the comparison covers the score card too.
    expect(updates.at(-1)?.progress.scoreCard?.rubric.id).toBe('default');
    await expectWritten(updates);
    expect(stored.pageWrites).toBe(EVENTS.length);
  });

  it('plays the same call in the worker, across structured clones', async () => {
    const workers: FakeWorker[] = [];
    const scope = {
      onmessage: undefined as ((event: { data: unknown }) => void) | undefined,
      postMessage: (reply: unknown) => {
        const copy = structuredClone(reply);
        setTimeout(() => workers[0]?.onmessage?.({ data: copy }));
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
    await import('@/features/rehearsal/session/call.worker');
    const updates = await playAll();
    expect(FakeWorker.posted).toEqual(['start', ...EVENTS.map(() => 'event')]);
    expect(plain(updates)).toEqual(structuredClone(expected()));
    await expectWritten(updates);
    // The page wrote nothing once the worker had the call: the worker did, before answering.
    expect(stored.pageWrites).toBe(0);
    // Ended with the call, once every event was answered.
    expect(workers[0]?.terminated).toBe(true);
  });

  it('plays the same call after a warm-up on the script’s exemplary lines', async () => {
    const start = callStart();
    const warming = warmUpCall(start, deps);
    await warming.done;
    const core = createCallCore(start, deps);
    const played = EVENTS.map((event) => {
      const { view, verified } = core.send(event);
      return { progress: core.progress(), view, verified };
    });
    core.stop();
    const plainPlayed = structuredClone(played);
    expect(plainPlayed).toEqual(structuredClone(expected()));
    // The warm-up played lines: the script has exemplary ones at its first agent steps.
    expect(
      start.config.script.steps.some((step) => step.kind === 'agent' && step.lines.length > 0),
    ).toBe(true);
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
    const updates = await playAll();
    expect(plain(updates)).toEqual(structuredClone(expected()));
    await expectWritten(updates);
    expect(workers[0]?.terminated).toBe(true);
    expect(warn).toHaveBeenCalledOnce();
  });
});
