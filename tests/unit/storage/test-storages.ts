import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach } from 'vitest';
import { createAppStorage, openAppStorage, type AppStorage } from '@/storage/app-storage';

/**
 * For a test file: opens a fresh app storage on fake IndexedDB at each call (named after
 * `prefix`), and closes and deletes every one of them after each test. The test file still
 * imports 'fake-indexeddb/auto' first: Dexie looks for IndexedDB when it is loaded.
 */
export function testStorages(prefix: string): () => Promise<AppStorage> {
  const storages: AppStorage[] = [];
  afterEach(async () => {
    for (const { db } of storages.splice(0)) {
      db.close();
      await Dexie.delete(db.name);
    }
  });
  return async () => {
    const storage = createAppStorage(() => undefined, `${prefix}-${storages.length}-${Date.now()}`);
    storages.push(storage);
    await openAppStorage(storage);
    return storage;
  };
}
