import type { CoulissesDatabase } from './database';
import { guardStorage } from './storage-failure';

export const PREFERENCE_KEYS = ['language', 'activeProfileId'] as const;
export type PreferenceKey = (typeof PREFERENCE_KEYS)[number];

/** Reads and writes device-wide preferences as plain strings; callers validate the values. */
export interface PreferencesRepository {
  readAll(): Promise<Partial<Record<PreferenceKey, string>>>;
  write(key: PreferenceKey, value: string): Promise<void>;
}

/** Builds the preferences repository over the app database. */
export function createPreferencesRepository(db: CoulissesDatabase): PreferencesRepository {
  return {
    readAll: () =>
      guardStorage('preferences.read', async () => {
        const rows = await db.preferences.toArray();
        const known = new Set<string>(PREFERENCE_KEYS);
        const result: Partial<Record<PreferenceKey, string>> = {};
        for (const row of rows) {
          if (known.has(row.key) && typeof row.value === 'string') {
            result[row.key as PreferenceKey] = row.value;
          }
        }
        return result;
      }),
    write: (key, value) =>
      guardStorage('preferences.write', async () => {
        await db.preferences.put({ key, value });
      }),
  };
}
