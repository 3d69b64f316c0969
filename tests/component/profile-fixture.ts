import type { Profile } from '@/domain/profile/profile';
import type { AppStorage } from '@/storage/app-storage';

/** A profile with sensible defaults; override what the test is about. */
export function fakeProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    id: 'profile-lea',
    displayName: 'Léa',
    role: 'agent',
    createdAt: '2026-11-01T09:00:00.000Z',
    ...overrides,
  };
}

/** Stores profiles and makes the first one active, as a returning visit finds them. */
export async function seedProfiles(storage: AppStorage, profiles: Profile[]): Promise<void> {
  for (const profile of profiles) await storage.profiles.save(profile);
  const first = profiles[0];
  if (first) await storage.preferences.write('activeProfileId', first.id);
}
