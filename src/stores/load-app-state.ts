import { toUiLanguage } from '@/domain/profile/languages';
import { openAppStorage, type AppStorage } from '@/storage/app-storage';
import { registerAppStorage } from './app-storage-registry';
import { usePreferencesStore } from './preferences-store';
import { useProfileStore } from './profile-store';
import { useStorageStatusStore } from './storage-status-store';

/**
 * Loads what the stores need at start. When storage cannot be read the app still opens, with
 * defaults and the failure banner, so the user learns why nothing will be remembered.
 */
export async function loadAppState(storage: AppStorage): Promise<void> {
  registerAppStorage(storage);
  try {
    await openAppStorage(storage);
    const [preferences, profiles] = await Promise.all([
      storage.preferences.readAll(),
      storage.profiles.list(),
    ]);
    const activeProfileId = profiles.some((profile) => profile.id === preferences.activeProfileId)
      ? (preferences.activeProfileId ?? null)
      : null;
    usePreferencesStore.setState({ language: toUiLanguage(preferences.language) });
    useProfileStore.setState({ profiles, activeProfileId });
  } catch (error) {
    useStorageStatusStore.getState().reportFailure(error, 'database.open');
  }
}
