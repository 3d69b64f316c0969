// Répéter loads the shipped library once per tab; a publication in this tab makes the next
// page join the published documents again, so a script just published is listed without a reload.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useLibraryStore } from '@/features/rehearsal/library/library-store';
import { createAppStorage, openAppStorage, type AppStorage } from '@/storage/app-storage';
import { createScriptVersionRepository } from '@/storage/script-version-repository';
import { registerAppStorage } from '@/stores/app-storage-registry';
import { markPublished } from '@/stores/published-generation';
import { exampleScript } from '../domain/session/session-fixtures';

let storage: AppStorage;
beforeEach(async () => {
  storage = createAppStorage(() => undefined, `library-store-${Date.now()}`);
  await openAppStorage(storage);
  registerAppStorage(storage);
});
afterEach(async () => {
  storage.db.close();
  await Dexie.delete(storage.db.name);
});

const ids = () => useLibraryStore.getState().library?.scripts.map((script) => script.id) ?? [];

describe("Répéter's library store", () => {
  it('joins the published documents again after a publication in this tab, not before', async () => {
    await useLibraryStore.getState().ensureLoaded();
    const shipped = ids();
    expect(shipped).toContain('exemple-date-prelevement');
    await createScriptVersionRepository(storage.db).publish({
      script: { ...exampleScript(), id: 'publie-dans-l-atelier' },
      author: 'Inès',
      note: 'v1',
      publishedAt: '2026-12-03T10:00:00.000Z',
    });
    // Nothing published through the studio in this tab yet: the loaded library is reused.
    await useLibraryStore.getState().ensureLoaded();
    expect(ids()).toEqual(shipped);
    markPublished();
    await useLibraryStore.getState().ensureLoaded();
    expect(ids()).toEqual([...shipped, 'publie-dans-l-atelier']);
  });
});
