import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { registerServiceWorker } from '@/app/pwa/register-service-worker';
import { useAppUpdateStore } from '@/stores/app-update-store';

// vite-plugin-pwa's registration, replaced by one that records what the app asked of it.
const registration = vi.hoisted(() => ({
  options: null as RegisterSWOptions | null,
  skipWaiting: vi.fn(async () => {}),
}));
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: RegisterSWOptions) => {
    registration.options = options;
    return registration.skipWaiting;
  },
}));

beforeEach(() => {
  useAppUpdateStore.setState({ apply: null, dismissed: false });
  registration.options = null;
  registration.skipWaiting.mockClear();
});

const offered = () => useAppUpdateStore.getState().apply;

// Issue 14, item 7: a new version is offered, and the page reloads only when this tab asks.
describe('the service worker registration', () => {
  it('offers a waiting version and lets it take over only when the agent accepts', () => {
    const reload = vi.fn();
    registerServiceWorker(reload);
    expect(registration.options?.immediate).toBe(true);
    expect(offered()).toBeNull();
    registration.options?.onNeedRefresh?.();
    expect(registration.skipWaiting).not.toHaveBeenCalled();
    offered()?.();
    expect(registration.skipWaiting).toHaveBeenCalledTimes(1);
    // The new version controls the page because this tab asked: the page reloads into it.
    registration.options?.onNeedReload?.();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('never reloads because another tab updated: it offers the reload instead', () => {
    const reload = vi.fn();
    registerServiceWorker(reload);
    registration.options?.onNeedRefresh?.();
    // Another tab accepted the update; this one may be mid-call.
    registration.options?.onNeedReload?.();
    expect(reload).not.toHaveBeenCalled();
    offered()?.();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(registration.skipWaiting).not.toHaveBeenCalled();
  });
});
