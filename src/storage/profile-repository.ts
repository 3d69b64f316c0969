import { isProfileRole, type Profile } from '@/domain/profile/profile';
import type { CoulissesDatabase } from './database';
import { guardStorage } from './storage-failure';

/** Reads and writes local profiles. */
export interface ProfileRepository {
  list(): Promise<Profile[]>;
  save(profile: Profile): Promise<void>;
}

// Rows written by a damaged or foreign copy of the database are skipped, not trusted.
function isStoredProfile(row: unknown): row is Profile {
  const candidate = row as Partial<Profile> | null;
  return (
    typeof candidate?.id === 'string' &&
    typeof candidate.displayName === 'string' &&
    typeof candidate.createdAt === 'string' &&
    isProfileRole(candidate.role)
  );
}

/** Builds the profile repository over the app database. */
export function createProfileRepository(db: CoulissesDatabase): ProfileRepository {
  return {
    list: () =>
      guardStorage('profiles.list', async () => {
        const rows = await db.profiles.orderBy('createdAt').toArray();
        return rows.filter(isStoredProfile);
      }),
    save: (profile) =>
      guardStorage('profiles.save', async () => {
        await db.profiles.put(profile);
      }),
  };
}
