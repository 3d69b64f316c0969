import { create } from 'zustand';

interface AppUpdateState {
  /**
   * Set when a new version of the app is installed and waiting: calling it switches to that
   * version (the page reloads). Null while there is nothing to offer.
   */
  apply: (() => void) | null;
  /** The agent chose « Plus tard »: the banner stays closed until the next page load or offer. */
  dismissed: boolean;
  offer: (apply: () => void) => void;
  dismiss: () => void;
}

/** A waiting update of the app, as the service worker reports it (src/app/pwa). */
export const useAppUpdateStore = create<AppUpdateState>()((set) => ({
  apply: null,
  dismissed: false,
  offer: (apply) => set({ apply, dismissed: false }),
  dismiss: () => set({ dismissed: true }),
}));
