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

/**
 * What changes as a call goes on, written beside its turns instead of the whole record: the
 * record's identity and script are written once, at pick-up and when the call ends.
 */
export interface SessionCheckpoint {
  id: string;
  engine: SessionRecord['engine'];
  machineState: StoredMachineState;
  elapsedSeconds: number;
  updatedAt: string;
}

/** The scores a history row shows, copied from the score card when the call ends. */
export interface SummaryScores {
  language: ScoreCard['language'];
  overall: number;
  outOf20: number;
  /** The grade's id, so the history names it in the interface's language. */
  grade: string;
  label: string;
  brandTone: number;
  recovery: number | null;
  compliant: boolean;
}

/**
 * One line of the history: a few hundred bytes, written at pick-up and once more when the call
 * ends, so lists page through an index instead of reading every record and its engine state.
 */
export interface SessionSummary {
  id: string;
  profileId: string;
  startedAt: string;
  scriptId: string;
  scriptTitle: string;
  language: string;
  personaId: string;
  mode: RehearsalMode;
  status: SessionRecord['status'];
  /** The outcome's success, null while the call has none. */
  success: boolean | null;
  elapsedSeconds: number;
  /** 1 once exported: IndexedDB cannot index null, and the reminder counts the zeros. */
  exported: 0 | 1;
  scores: SummaryScores | null;
  /**
   * A finished call's standing for the catalogue's « best »: its overall score, or by its outcome
   * alone (0 success, -1 not) when it has no score card. Absent until the call ends, which keeps
   * unfinished calls out of its index.
   */
  rank?: number;
}
