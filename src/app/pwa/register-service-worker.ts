import { registerSW } from 'virtual:pwa-register';
import { useAppUpdateStore } from '@/stores/app-update-store';

/**
 * Registers the service worker (built by vite-plugin-pwa, see vite.config.ts) so the app starts
 * offline after one visit. A new version never takes over by itself: the service worker waits,
 * the update banner offers it, and the page reloads only when the agent says so — the banner is
 * not shown during a call (update-banner.tsx).
 */
export function registerServiceWorker(reload: () => void = () => window.location.reload()): void {
  // Set once this tab has asked the waiting version to take over.
  let asked = false;
  // Set once a new version controls the page (asked here, or from another tab of the app).
  let switched = false;
  const offer = () =>
    useAppUpdateStore.getState().offer(() => {
      if (switched) {
        reload();
        return;
      }
      asked = true;
      void updateServiceWorker();
    });
  const updateServiceWorker = registerSW({
    immediate: true,
    onNeedRefresh: offer,
    onNeedReload: () => {
      switched = true;
      // Another tab chose to update: this one may be mid-call, so it only offers the reload.
      if (asked) reload();
      else offer();
    },
    onRegisterError: (error: unknown) =>
      // Without a service worker the app still runs online; support can read why here.
      console.warn('[coulisses] the service worker could not be registered', error),
  });
}
