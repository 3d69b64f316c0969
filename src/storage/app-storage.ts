import { CoulissesDatabase, DATABASE_NAME } from './database';
import { createPreferencesRepository, type PreferencesRepository } from './preferences-repository';
import { createProfileRepository, type ProfileRepository } from './profile-repository';
import { createSessionRepository, type SessionRepository } from './session-repository';
import { guardStorage, StorageFailure } from './storage-failure';
import { createSummaryRepository, type SummaryRepository } from './summary-repository';

/** Everything the rest of the app may persist through. */
export interface AppStorage {
  db: CoulissesDatabase;
  profiles: ProfileRepository;
  preferences: PreferencesRepository;
  sessions: SessionRepository;
  summaries: SummaryRepository;
}

/**
 * Creates the database and its repositories. `onFailure` hears about trouble that happens outside
 * any call: another tab blocking an upgrade, or closing our connection to upgrade.
 */
export function createAppStorage(
  onFailure: (failure: StorageFailure) => void,
  name: string = DATABASE_NAME,
): AppStorage {
  const db = new CoulissesDatabase(name);
  db.on('blocked', () => onFailure(new StorageFailure('blocked', 'database.open')));
  db.on('versionchange', () => {
    // Another tab runs a newer Coulisses: let it upgrade, and tell this tab's user to reload.
    db.close();
    onFailure(new StorageFailure('closed', 'database.versionchange'));
    return false;
  });
  return {
    db,
    profiles: createProfileRepository(db),
    preferences: createPreferencesRepository(db),
    sessions: createSessionRepository(db),
    summaries: createSummaryRepository(db),
  };
}

/** Opens the database, so that a missing or refused IndexedDB shows up at start, not mid-task. */
export async function openAppStorage(storage: AppStorage): Promise<void> {
  await guardStorage('database.open', () => storage.db.open().then(() => undefined));
}
