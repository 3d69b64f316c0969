import type { SessionConfig, SessionState, TranscriptTurn } from '@/domain/session/session.types';
import type { ScoreCard } from '@/domain/scoring/score-card.types';
import type { SessionRecord, StoredMachineState, TurnRecord } from '@/storage/session-record';

// A call as the page stores and shows it: plain data only. Nothing here may import the engine
// (the session machine, the script's machine, the analyser): the page's chunks stay free of it
// and the engine runs in the call's worker (engine-snapshot.ts is its side).

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

/** The record of a call that has just been picked up, before its first write. */
export function newSessionRecord(
  config: Pick<SessionConfig, 'script' | 'persona' | 'brand' | 'mode' | 'seed'>,
  engine: SessionRecord['engine'],
  identity: { id: string; profileId: string; startedAt: string },
): SessionRecord {
  const { script, persona, brand, mode, seed } = config;
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
    engine,
    elapsedSeconds: 0,
    exportedAt: null,
  };
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
