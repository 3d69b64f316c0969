// Fixtures shared by Atelier's component tests: a fresh app storage per test (fake IndexedDB,
// registered as the app's) and a blank French script.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach } from 'vitest';
import { blankScript } from '@/domain/script/edit/new-script';
import { createAppStorage, openAppStorage, type AppStorage } from '@/storage/app-storage';
import { registerAppStorage } from '@/stores/app-storage-registry';

/** Opens a fresh storage before each test of the calling file and deletes it after. */
export function useFreshAppStorage(prefix: string): () => AppStorage {
  let storage: AppStorage;
  beforeEach(async () => {
    storage = createAppStorage(() => undefined, `${prefix}-${Date.now()}-${Math.random()}`);
    await openAppStorage(storage);
    registerAppStorage(storage);
  });
  afterEach(async () => {
    storage.db.close();
    await Dexie.delete(storage.db.name);
  });
  return () => storage;
}

/** A blank script as the shelf makes it: a greeting that leads to its one outcome, « Fin ». */
export const blankFrenchScript = () =>
  blankScript({
    id: 'vierge',
    title: 'Nouveau script',
    author: 'Formatrice',
    brand: 'brisa-energie',
    language: 'fr',
    summary: 'Un appel.',
    objective: 'Accueillir.',
    firstStepTitle: 'Accueil',
    outcomeTitle: 'Fin',
  });
