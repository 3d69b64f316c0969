import type { RehearsalMode } from '@/domain/customer/customer.types';
import type { ScoreCard } from '@/domain/scoring/score-card.types';
import type { SessionState, TranscriptTurn } from '@/domain/session/session.types';

/** Where the session machine was when the record was written (its top-level state). */
export type StoredMachineState = 'ringing' | 'inCall' | 'onHold' | 'ended' | 'transferred';

/**
 * One rehearsal as stored. The documents are referenced by id and version, not copied: the
 * library ships with the app, so resuming rebuilds the config from it.
 */
export interface SessionRecord {
  id: string;
  profileId: string;
  scriptId: string;
  scriptVersion: string;
  scriptTitle: string;
  personaId: string;
  brandId: string | null;
  mode: RehearsalMode;
  seed: number;
  language: string;
  startedAt: string;
  updatedAt: string;
  /** `in_progress` until the call ends; such a record is offered for resume on return. */
  status: 'in_progress' | 'ended' | 'abandoned';
  machineState: StoredMachineState;
  /** The engine state without its config and transcript (the turns live in their own table). */
  engine: Omit<SessionState, 'config' | 'transcript'>;
  /** Seconds the call had lasted at the last write, so the clock resumes where it stopped. */
  elapsedSeconds: number;
  exportedAt: string | null;
  /** Written with the call's last turns, in the same transaction, once the call has ended. */
  scoreCard?: ScoreCard | null;
}

/** One transcript turn, written as soon as it happens. Text is already redacted by the engine. */
export interface TurnRecord {
  sessionId: string;
  index: number;
  turn: TranscriptTurn;
}
