import { create } from 'zustand';
import { DEFAULT_UI_LANGUAGE, type UiLanguage } from '@/domain/profile/languages';
import { appStorage } from './app-storage-registry';
import { useStorageStatusStore } from './storage-status-store';

interface PreferencesState {
  language: UiLanguage;
  /** Applies the language at once and remembers it; a failed write shows the storage banner. */
  setLanguage: (language: UiLanguage) => Promise<void>;
}

/** Device-wide preferences (the interface language for now). */
export const usePreferencesStore = create<PreferencesState>()((set) => ({
  language: DEFAULT_UI_LANGUAGE,
  setLanguage: async (language) => {
    set({ language });
    const status = useStorageStatusStore.getState();
    try {
      await appStorage().preferences.write('language', language);
      await status.noteSuccessfulWrite();
    } catch (error) {
      status.reportFailure(error, 'preferences.write');
    }
  },
}));
