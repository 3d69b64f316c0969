import type { SessionRecord } from '@/storage/session-record';
import { appStorage } from '@/stores/app-storage-registry';
import { useStorageStatusStore } from '@/stores/storage-status-store';
import { forgetLive, rememberLive } from './live-sessions';
import { newTurns, withProgress, type CallProgress } from './session-snapshot';

export type SaveState = 'saving' | 'saved' | 'failed';

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
) {
  let record = initial;
  let saved = savedTurns;
  let queue: Promise<void> = Promise.resolve();
  return {
    write(progress: CallProgress, elapsedSeconds: number) {
      record = withProgress(record, progress, elapsedSeconds, new Date());
      // The score card goes with the last turns, in the same transaction: both or neither.
      if (progress.engine.status === 'ended' && record.scoreCard === undefined) {
        record = { ...record, scoreCard: progress.scoreCard ?? null };
      }
      const turns = newTurns(record.id, progress, saved);
      const snapshot = record;
      rememberLive(snapshot, turns);
      onState('saving', saved);
      queue = queue.then(async () => {
        const pending = newTurns(snapshot.id, progress, saved);
        const status = useStorageStatusStore.getState();
        try {
          const sessions = appStorage().sessions;
          // The call's last write (score card included) waits for the disk; the UI says
          // "Enregistré" only once it has.
          await (snapshot.status === 'in_progress'
            ? sessions.saveProgress(snapshot, pending)
            : sessions.saveFinal(snapshot, pending));
          saved = Math.max(saved, progress.transcript.length);
          // A failed final write keeps the call here, for the emergency export.
          if (snapshot.status !== 'in_progress') forgetLive(snapshot.id);
          onState('saved', saved);
          await status.noteSuccessfulWrite();
        } catch (error) {
          status.reportFailure(error, 'sessions.save');
          onState('failed', saved);
        }
      });
      return queue;
    },
  };
}
