import type { Snapshot } from 'xstate';
import { scriptMachine, type ScriptSnapshot } from '@/domain/session/script-cursor';
import { sessionMachine } from '@/domain/session/session-machine';
import type {
  SessionConfig,
  SessionDependencies,
  SessionState,
} from '@/domain/session/session.types';
import type { ScoreCard } from '@/domain/scoring/score-card.types';
import type { SessionRecord, StoredMachineState, TurnRecord } from '@/storage/session-record';
import { withProgress, type CallProgress } from './session-snapshot';

// The engine's side of a stored call: machine snapshots to plain progress and back. It runs where
// the engine does (the call's worker, or the page's fallback), never in the page's own chunks:
// it holds the session machine and the script's compiled machine (session-snapshot.ts is the
// page's plain-data side).

export type SessionSnapshot = ReturnType<typeof sessionMachine.resolveState>;

const MACHINE_STATES: readonly StoredMachineState[] = [
  'ringing',
  'inCall',
  'onHold',
  'ended',
  'transferred',
];

/** The machine's top-level state as stored. */
export function machineStateOf(
  snapshot: Snapshot<unknown> & { value: unknown },
): StoredMachineState {
  const value = snapshot.value;
  return MACHINE_STATES.includes(value as StoredMachineState)
    ? (value as StoredMachineState)
    : 'inCall';
}

/** The progress of a live machine snapshot, scored with `score` once it has ended. */
export function progressOf(
  snapshot: SessionSnapshot,
  score: (session: SessionState) => ScoreCard | null = () => null,
): CallProgress {
  const session = snapshot.context.session;
  return {
    engine: engineState(session),
    machineState: machineStateOf(snapshot),
    transcript: session.transcript,
    ...(session.status === 'ended' ? { scoreCard: score(session) } : {}),
  };
}

// What a record keeps of the engine: no config (rebuilt from the library) and no transcript
// (the turns have their own table).
export function engineState(session: SessionState): SessionRecord['engine'] {
  return {
    status: session.status,
    scriptSnapshot: persistScriptSnapshot(session),
    mood: session.mood,
    aside: session.aside,
    hold: session.hold,
    memory: session.memory,
    prompterUses: session.prompterUses,
    outcome: session.outcome,
    // What the agent's lines achieved at the step: a resumed call carries on from it.
    ...(session.progress ? { progress: session.progress } : {}),
  };
}

/** Updates a record from the engine's latest state (without the turns, stored on their own). */
export function withEngineState(
  record: SessionRecord,
  session: SessionState,
  machineState: StoredMachineState,
  elapsedSeconds: number,
  now: Date,
): SessionRecord {
  const progress = { engine: engineState(session), machineState, transcript: session.transcript };
  return withProgress(record, progress, elapsedSeconds, now);
}

// The script position is a live XState snapshot (state nodes, methods): IndexedDB cannot clone
// it. XState's own persisted form is plain JSON, history states included.
function persistScriptSnapshot(session: SessionState): unknown {
  const machine = scriptMachine(session.config.script);
  const persisted = machine.getPersistedSnapshot(session.scriptSnapshot as ScriptSnapshot);
  return JSON.parse(JSON.stringify(persisted)) as unknown;
}

function restoreScriptSnapshot(config: SessionConfig, persisted: unknown): ScriptSnapshot {
  // The script machine has no child actors, so restoring needs no actor scope.
  return scriptMachine(config.script).restoreSnapshot(
    persisted as Snapshot<unknown>,
    undefined as never,
  ) as ScriptSnapshot;
}

/** Rebuilds the machine snapshot of a stored session, ready for an actor to carry on. */
export function restoreSnapshot(
  record: SessionRecord,
  turns: TurnRecord[],
  config: SessionConfig,
  deps: SessionDependencies,
): SessionSnapshot {
  return resumeSnapshot(
    {
      engine: record.engine,
      machineState: record.machineState,
      transcript: turns.map((row) => row.turn),
    },
    config,
    deps,
  );
}

/** The same, from a call's progress (the engine carrying on a call stored by the page). */
export function resumeSnapshot(
  progress: Omit<CallProgress, 'scoreCard'>,
  config: SessionConfig,
  deps: SessionDependencies,
): SessionSnapshot {
  const session: SessionState = {
    ...progress.engine,
    scriptSnapshot: restoreScriptSnapshot(config, progress.engine.scriptSnapshot),
    config,
    transcript: [...progress.transcript],
  };
  return sessionMachine.resolveState({
    value: progress.machineState,
    context: { session, deps },
  });
}
