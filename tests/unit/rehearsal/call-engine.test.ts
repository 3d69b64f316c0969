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
import {
  openCallEngine,
  prepareCallEngine,
  type CallEngine,
  warmCallEngine,
  type LiveUpdate,
} from '@/features/rehearsal/session/call-engine';
import { scoreEndedSession } from '@/features/rehearsal/session/score';
import { progressOf } from '@/features/rehearsal/session/engine-snapshot';
import { newSessionRecord } from '@/features/rehearsal/session/session-snapshot';
import {
  createSessionWriter,
  type SaveState,
  type SessionWriter,
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

type Played = Omit<LiveUpdate, 'written'> & { outcome: WriteOutcome | null };

let storage: AppStorage;
let stored: {
  sessionId: string;
  states: SaveState[];
  /** Turns the page's writer had heard were on disk, less those shown, at each answer. */
  savedWhenShown: number[];
  pageWrites: number;
};

/** The call picked up and written as the setup page does, then played through the engine. */
async function playAll(
  open: (start: CallStart, writer: SessionWriter) => CallEngine = (start, writer) =>
    openCallEngine(start, undefined, writer),
): Promise<Played[]> {
  storage = createAppStorage(() => undefined, `call-engine-${crypto.randomUUID()}`);
  registerAppStorage(storage);
  const start = callStart();
  const picked = pickedUp().getSnapshot();
  const record = newSessionRecord(config, progressOf(picked).engine, {
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
  // The stage's engine: given the stage's writer, it writes each change before answering.
  const engine = open(start, writer);
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

/** Compared as plain data: what would be stored, and what the stage shows (not its write). */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  const { written, outcome, ...shown } = value as Record<string, unknown>;
  void written;
  void outcome;
  return structuredClone(shown);
}

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
  expect(onDisk?.turns.map((row) => row.turn)).toEqual(structuredClone(last?.progress.transcript));
  expect(onDisk?.record.status).toBe('ended');
  expect(onDisk?.record.scoreCard).toEqual(last?.progress.scoreCard);
  expect(stored.states.at(-1)).toBe('saved');
}

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
    expect(plain(updates)).toEqual(structuredClone(expected()));
    // The call ended on the hang-up, scored: the comparison covers the score card too.
    expect(updates.at(-1)?.progress.scoreCard?.rubric.id).toBe('default');
    await expectWritten(updates);
    expect(stored.pageWrites).toBe(EVENTS.length);
  });

  it('plays the same call in the worker, across structured clones', async () => {
    const workers = await realWorker();
    const updates = await playAll();
    // The writer's hand-over comes before any event: the worker writes them all.
    expect(FakeWorker.posted).toEqual(['start', 'store', ...EVENTS.map(() => 'event')]);
    expect(plain(updates)).toEqual(structuredClone(expected()));
    await expectWritten(updates);
    // The page wrote nothing once the worker had the call: the worker did, before answering.
    expect(stored.pageWrites).toBe(0);
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

  it('hands the stage’s writer to the engine kept from the pick-up: its worker writes the rest', async () => {
    await realWorker();
    const picked = openCallEngine({ ...callStart(), progress: null });
    await picked.send({ type: 'ANSWER' });
    picked.park('call-4');
    const updates = await playAll((start, writer) => openCallEngine(start, 'call-4', writer));
    // The pick-up was written by the page (the setup page's record); every event after it by
    // the worker, handed the call's record before them.
    expect(FakeWorker.posted).toEqual(['start', 'event', 'store', ...EVENTS.map(() => 'event')]);
    expect(plain(updates)).toEqual(structuredClone(expected()));
    await expectWritten(updates);
    expect(stored.pageWrites).toBe(0);
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
