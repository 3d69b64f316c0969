// Loaded on demand (see sync-controller.ts): PouchDB for the browser and the engine.
import PouchDB from 'pouchdb-browser';
import { createReviewRepository } from '@/storage/review-repository';
import type { SyncAccountRecord, SyncRepository } from '@/storage/sync-repository';
import { appStorage } from '@/stores/app-storage-registry';
import type { PouchStatic } from './pouch.types';
import { onReviewChange } from './review-changes';
import { startSyncEngine } from './sync-engine';
import { phaseOf } from './sync-health';
import { useSyncStore } from './sync-store';

/** Starts the engine for the account, feeding the store; returns how to stop it. */
export async function runSync(
  account: SyncAccountRecord,
  displayName: string,
  repository: SyncRepository,
): Promise<() => Promise<void>> {
  const engine = await startSyncEngine({
    Pouch: PouchDB as unknown as PouchStatic,
    storage: appStorage(),
    review: createReviewRepository(appStorage().db),
    reviewChanges: (listener) => onReviewChange(appStorage().db.name, listener),
    repository,
    account,
    displayName,
    newId: () => crypto.randomUUID(),
    report: (report) =>
      useSyncStore.setState({
        phase: phaseOf(report),
        problem: report.failure.problem,
        detail: report.failure.detail,
        pending: report.pending,
        refused: report.refused,
        inbox: report.inbox,
      }),
  });
  useSyncStore.setState({
    actions: {
      sendFeedback: (session, text) => engine.sendFeedback(session.agent ?? '', session.id, text),
      stop: engine.stop,
    },
  });
  return engine.stop;
}
