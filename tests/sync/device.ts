// One browser "device" in Node: its own Dexie database (fake IndexedDB), a signed-in account and
// a running sync engine that talks to the test server through the real replication protocol.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { startSyncEngine, type SyncEngine } from '@/features/sync/sync-engine';
import type { RevueStore } from '@/features/sync/review-bridge';
import { onReviewChange } from '@/features/sync/review-changes';
import type { SyncReport } from '@/features/sync/sync-health';
import { createAppStorage, openAppStorage, type AppStorage } from '@/storage/app-storage';
import { createReviewRepository, type ReviewRepository } from '@/storage/review-repository';
import { createSyncRepository, type SyncAccountRecord } from '@/storage/sync-repository';
import { basicAuthFetch, NodePouch } from './memory-pouch';
import type { TestServer } from './pouchdb-server';
import { MEMBER_PASSWORD } from './team-fixture';

export interface Device {
  storage: AppStorage;
  repository: ReturnType<typeof createSyncRepository>;
  /** Revue's tables on this device. */
  review: ReviewRepository;
  account: SyncAccountRecord;
  reports: SyncReport[];
  engine: SyncEngine | null;
  /** Starts syncing; `review` stands in for Revue's tables (a store that fails, say). */
  start: (review?: RevueStore) => Promise<void>;
  stop: () => Promise<void>;
  close: () => Promise<void>;
}

let counter = 0;

/** A device signed in as `user` with `roles`; call `start()` to begin syncing. */
export async function openDevice(
  server: TestServer,
  user: string,
  roles: string[],
): Promise<Device> {
  counter += 1;
  const storage = createAppStorage(() => undefined, `sync-device-${user}-${counter}-${Date.now()}`);
  await openAppStorage(storage);
  const repository = createSyncRepository(storage.db);
  const account: SyncAccountRecord = {
    profileId: `profile-${user}`,
    serverUrl: server.url,
    user,
    roles,
    inboxSeq: 0,
  };
  await repository.saveAccount(account);
  let ids = 0;
  const review = createReviewRepository(storage.db);
  const device: Device = {
    storage,
    repository,
    review,
    account,
    reports: [],
    engine: null,
    start: async (revue = review) => {
      device.engine = await startSyncEngine({
        Pouch: NodePouch,
        storage,
        repository,
        review: revue,
        reviewChanges: (listener) => onReviewChange(storage.db.name, listener),
        account: (await repository.account(account.profileId)) ?? account,
        displayName: `Agent ${user}`,
        report: (report) => device.reports.push(report),
        newId: () => `${user}-${counter}-${(ids += 1)}`,
        fetch: basicAuthFetch(user, MEMBER_PASSWORD),
      });
    },
    stop: async () => {
      await device.engine?.stop();
      device.engine = null;
    },
    close: async () => {
      await device.stop();
      storage.db.close();
      await Dexie.delete(storage.db.name);
    },
  };
  return device;
}
