import { create } from 'zustand';
import { createProfile, type Profile, type ProfileRole } from '@/domain/profile/profile';
import { appStorage } from './app-storage-registry';
import { useStorageStatusStore } from './storage-status-store';

interface ProfileState {
  profiles: Profile[];
  activeProfileId: string | null;
  /** Creates a profile, makes it active and returns it; throws (after showing the banner) if it cannot be saved. */
  addProfile: (displayName: string, role: ProfileRole) => Promise<Profile>;
  switchProfile: (id: string) => Promise<void>;
  changeRole: (role: ProfileRole) => Promise<void>;
}

async function persist<T>(operation: string, write: () => Promise<T>): Promise<T> {
  const status = useStorageStatusStore.getState();
  try {
    const result = await write();
    await status.noteSuccessfulWrite();
    return result;
  } catch (error) {
    status.reportFailure(error, operation);
    throw error;
  }
}

/** Local profiles on this device and which one is using the app. */
export const useProfileStore = create<ProfileState>()((set, get) => ({
  profiles: [],
  activeProfileId: null,
  addProfile: async (displayName, role) => {
    const profile = createProfile({ id: crypto.randomUUID(), displayName, role, now: new Date() });
    await persist('profiles.save', async () => {
      // Both rows or neither: a profile nobody is using would be a half-finished first launch.
      const { db, profiles, preferences } = appStorage();
      await db.transaction('rw', db.profiles, db.preferences, async () => {
        await profiles.save(profile);
        await preferences.write('activeProfileId', profile.id);
      });
    });
    set({ profiles: [...get().profiles, profile], activeProfileId: profile.id });
    return profile;
  },
  switchProfile: async (id) => {
    if (!get().profiles.some((profile) => profile.id === id)) return;
    await persist('preferences.write', () => appStorage().preferences.write('activeProfileId', id));
    set({ activeProfileId: id });
  },
  changeRole: async (role) => {
    const active = get().profiles.find((profile) => profile.id === get().activeProfileId);
    if (!active) return;
    const updated = { ...active, role };
    await persist('profiles.save', () => appStorage().profiles.save(updated));
    set({
      profiles: get().profiles.map((profile) => (profile.id === updated.id ? updated : profile)),
    });
  },
}));

/** The profile using the app, or null before the first launch is finished. */
export function selectActiveProfile(state: ProfileState): Profile | null {
  return state.profiles.find((profile) => profile.id === state.activeProfileId) ?? null;
}
