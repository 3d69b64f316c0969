import { useLiveCallStore } from '@/stores/live-call-store';
import { selectActiveProfile, useProfileStore } from '@/stores/profile-store';

/** Runs `task` when the main thread is idle (a short timer where requestIdleCallback is missing). */
export function onIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task());
  else setTimeout(task, 1000);
}

/**
 * Whether installing the service worker can no longer slow a call's start. Installing it
 * precaches all of Répéter (~0.8 MB gzip, both move models included): on an agent's first visit
 * that would share the network and the CPU with the shell, the stage and the move model the
 * first call is waiting for (issue 19, item 5). So an agent's first visit installs it once a call
 * is on the stage; trainers and team leads have no call to protect.
 */
function quiet(): boolean {
  const role = selectActiveProfile(useProfileStore.getState())?.role;
  return (role !== undefined && role !== 'agent') || useLiveCallStore.getState().liveCalls > 0;
}

/**
 * Calls `register` once, on an idle moment: at once when a service worker already controls the
 * page (installed on an earlier visit, it only looks for updates), else once `quiet()` holds.
 */
export function registerWhenQuiet(
  register: () => void,
  idle: (task: () => void) => void = onIdle,
  installed: boolean = typeof navigator !== 'undefined' &&
    Boolean(navigator.serviceWorker?.controller),
): void {
  if (installed || quiet()) {
    idle(register);
    return;
  }
  const check = () => {
    if (!quiet()) return;
    stopProfiles();
    stopCalls();
    idle(register);
  };
  const stopProfiles = useProfileStore.subscribe(check);
  const stopCalls = useLiveCallStore.subscribe(check);
}
