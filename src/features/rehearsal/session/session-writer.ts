import type { SessionRepository } from '@/storage/session-repository';
import type { SessionRecord, TurnRecord } from '@/storage/session-record';
import {
  classifyStorageError,
  StorageFailure,
  type StorageFailureKind,
} from '@/storage/storage-failure';
import { appStorage } from '@/stores/app-storage-registry';
import { useStorageStatusStore } from '@/stores/storage-status-store';
import { forgetLive, rememberLive } from './live-sessions';
import { newTurns, withProgress, type CallProgress } from './session-snapshot';

export type SaveState = 'saving' | 'saved' | 'failed';

/** How a write ended, as plain data: the call's worker writes and tells the page. */
export interface WriteOutcome {
  state: 'saved' | 'failed';
  /** How many of the call's turns are on disk. */
  savedTurns: number;
  failure?: { kind: StorageFailureKind; operation: string };
}

/**
 * Where a writer writes and whom it tells. The page's (the default) writes through the app's
 * storage, keeps this tab's copy of the call and tells the banner; the call's worker writes
 * through its own connection and leaves the rest to the page, which hears the outcome.
 */
export interface WriterSide {
  sessions: () => SessionRepository;
  /** The database's name, for the call's worker to open the same one. */
  database: () => string;
  /** This tab's copy of the call, for the emergency export (live-sessions.ts). */
  remember: (record: SessionRecord, turns: TurnRecord[]) => void;
  forget: (id: string) => void;
  /** A StorageFailure, or what the storage threw (the console keeps its detail). */
  failed: (error: unknown) => void;
  succeeded: () => void;
}

const pageSide: WriterSide = {
  sessions: () => appStorage().sessions,
  database: () => appStorage().db.name,
  remember: rememberLive,
  forget: forgetLive,
  failed: (error) => useStorageStatusStore.getState().reportFailure(error, 'sessions.save'),
  succeeded: () => void useStorageStatusStore.getState().noteSuccessfulWrite(),
};

/**
 * Writes a session's progress in order, one transaction per change; the change that ends the call
 * is written with strict durability. A failed write keeps its turns pending, so the next write
 * retries them; the failure goes to the banner. `onState` also hears how many turns are on disk:
 * the stage shows a turn only once it is, so nothing on screen can be lost by a crash.
 */
export function createSessionWriter(
  initial: SessionRecord,
  savedTurns: number,
  onState: (state: SaveState, savedTurns: number) => void,
  side: WriterSide = pageSide,
) {
  let record = initial;
  let saved = savedTurns;
  let queue: Promise<WriteOutcome> = Promise.resolve({ state: 'saved', savedTurns });
  // The record after this change (both sides build the same one from the same time).
  const next = (progress: CallProgress, elapsedSeconds: number, at: Date) => {
    record = withProgress(record, progress, elapsedSeconds, at);
    // The score card goes with the last turns, in the same transaction: both or neither.
    if (progress.engine.status === 'ended' && record.scoreCard === undefined) {
      record = { ...record, scoreCard: progress.scoreCard ?? null };
    }
    side.remember(record, newTurns(record.id, progress, saved));
    return record;
  };
  const settle = (
    snapshot: SessionRecord,
    outcome: WriteOutcome,
    error?: unknown,
  ): WriteOutcome => {
    if (outcome.state === 'saved') {
      saved = Math.max(saved, outcome.savedTurns);
      // A failed final write keeps the call here, for the emergency export.
      if (snapshot.status !== 'in_progress') side.forget(snapshot.id);
      onState('saved', saved);
      side.succeeded();
    } else {
      const failure = outcome.failure ?? { kind: 'unknown' as const, operation: 'sessions.save' };
      side.failed(error ?? new StorageFailure(failure.kind, failure.operation));
      onState('failed', saved);
    }
    return { ...outcome, savedTurns: saved };
  };
  return {
    /** What a worker needs to write this call from here on. */
    handOver: () => ({ database: side.database(), record, savedTurns: saved }),
    /** A change is on its way to being written (the stage says so until it is). */
    pending() {
      onState('saving', saved);
    },
    write(progress: CallProgress, elapsedSeconds: number, at = new Date()): Promise<WriteOutcome> {
      const snapshot = next(progress, elapsedSeconds, at);
      onState('saving', saved);
      queue = queue.then(async () => {
        const pending = newTurns(snapshot.id, progress, saved);
        try {
          const sessions = side.sessions();
          // The call's last write (score card included) waits for the disk; the UI says
          // "Enregistré" only once it has.
          await (snapshot.status === 'in_progress'
            ? sessions.saveProgress(snapshot, pending)
            : sessions.saveFinal(snapshot, pending));
          return settle(snapshot, { state: 'saved', savedTurns: progress.transcript.length });
        } catch (error) {
          const failure =
            error instanceof StorageFailure
              ? { kind: error.kind, operation: error.operation }
              : { kind: classifyStorageError(error), operation: 'sessions.save' };
          return settle(snapshot, { state: 'failed', savedTurns: saved, failure }, error);
        }
      });
      return queue;
    },
    /**
     * The same change, written elsewhere (the call's worker): this side keeps its copy and
     * tells the stage and the banner what became of it, in order with its own writes.
     */
    written(
      progress: CallProgress,
      elapsedSeconds: number,
      at: Date,
      outcome: WriteOutcome,
    ): Promise<WriteOutcome> {
      const snapshot = next(progress, elapsedSeconds, at);
      queue = queue.then(() => settle(snapshot, outcome));
      return queue;
    },
  };
}

export type SessionWriter = ReturnType<typeof createSessionWriter>;
