import type { Snapshot } from 'xstate';
import { scriptMachine, type ScriptSnapshot } from '@/domain/session/script-cursor';
import { sessionMachine } from '@/domain/session/session-machine';
import type {
  SessionConfig,
  SessionDependencies,
  SessionState,
  TranscriptTurn,
} from '@/domain/session/session.types';
import type { ScoreCard } from '@/domain/scoring/score-card.types';
import type { SessionRecord, StoredMachineState, TurnRecord } from '@/storage/session-record';

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

/** The stored status a session has once the engine reports it. */
export function recordStatus(
  session: Pick<SessionState, 'status' | 'outcome'>,
): SessionRecord['status'] {
  if (session.status !== 'ended') return 'in_progress';
  return session.outcome?.reason === 'abandoned' ? 'abandoned' : 'ended';
}

/**
 * What the writer stores after each change, as plain data: it crosses from the call's worker to
 * the page (the live script position does not; its persisted form does).
 */
export interface CallProgress {
  engine: SessionRecord['engine'];
  machineState: StoredMachineState;
  transcript: readonly TranscriptTurn[];
  /** Once the call has ended: its score card (null without a rubric). */
  scoreCard?: ScoreCard | null;
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

/** The record of a call that has just been picked up, before its first write. */
export function newSessionRecord(
  session: SessionState,
  identity: { id: string; profileId: string; startedAt: string },
): SessionRecord {
  const { script, persona, brand, mode, seed } = session.config;
  return {
    id: identity.id,
    profileId: identity.profileId,
    scriptId: script.id,
    scriptVersion: script.version,
    scriptTitle: script.title,
    personaId: persona.id,
    brandId: brand?.id ?? null,
    mode,
    seed,
    language: script.language,
    startedAt: identity.startedAt,
    updatedAt: identity.startedAt,
    status: 'in_progress',
    machineState: 'inCall',
    engine: engineState(session),
    elapsedSeconds: 0,
    exportedAt: null,
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

/** Updates a record from a call's progress (the turns are stored on their own). */
export function withProgress(
  record: SessionRecord,
  progress: CallProgress,
  elapsedSeconds: number,
  now: Date,
): SessionRecord {
  return {
    ...record,
    engine: progress.engine,
    machineState: progress.machineState,
    status: recordStatus(progress.engine),
    elapsedSeconds,
    updatedAt: now.toISOString(),
  };
}

/** The turns a record does not have yet. */
export function newTurns(
  sessionId: string,
  session: { transcript: readonly TranscriptTurn[] },
  saved: number,
): TurnRecord[] {
  return session.transcript.slice(saved).map((turn) => ({ sessionId, index: turn.index, turn }));
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

/** The same, from a call's progress (a worker carrying on a call opened in the page). */
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
