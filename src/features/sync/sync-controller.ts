// Starts and stops sync for the active profile. Only this small module is in the first page's
// JavaScript: PouchDB and the engine load (sync-runtime.ts) when the profile has a server account,
// so with no server configured nothing more is downloaded and the app behaves as before.
import type { Profile } from '@/domain/profile/profile';
import { createSyncRepository, type SyncAccountRecord } from '@/storage/sync-repository';
import { appStorage } from '@/stores/app-storage-registry';
import { SYNC_OFF, useSyncStore } from './sync-store';

let current: { profileId: string; stop: () => Promise<void> } | null = null;
let switching: Promise<void> = Promise.resolve();

/** Runs one change after the previous one; a failure shows in the store, never stops the queue. */
function queue(change: () => Promise<void>): Promise<void> {
  switching = switching.then(change).catch((error: unknown) => {
    useSyncStore.setState({ phase: 'error', problem: 'storage', detail: (error as Error).message });
  });
  return switching;
}

/** The sync tables of the app database. */
export function syncRepository() {
  return createSyncRepository(appStorage().db);
}

async function stopCurrent(): Promise<void> {
  const running = current;
  current = null;
  await running?.stop();
  useSyncStore.setState(SYNC_OFF);
}

/** Syncs the profile if it has an account, else makes sure nothing runs. Safe to call repeatedly. */
export function syncProfile(profile: Pick<Profile, 'id' | 'displayName'> | null): Promise<void> {
  return queue(async () => {
    if (current && current.profileId === profile?.id) return;
    await stopCurrent();
    if (!profile) return;
    const account = await syncRepository().account(profile.id);
    if (!account) return;
    await run(account, profile.displayName);
  });
}

async function run(account: SyncAccountRecord, displayName: string): Promise<void> {
  useSyncStore.setState({
    ...SYNC_OFF,
    phase: 'connecting',
    user: account.user,
    roles: account.roles,
  });
  try {
    const { runSync } = await import('./sync-runtime');
    const stop = await runSync(account, displayName, syncRepository());
    current = { profileId: account.profileId, stop };
  } catch (error) {
    useSyncStore.setState({ phase: 'error', problem: 'server', detail: (error as Error).message });
  }
}

/** Links the profile to a server account (after a successful login) and starts syncing. */
export function linkAccount(account: SyncAccountRecord, displayName: string): Promise<void> {
  return queue(async () => {
    await stopCurrent();
    await syncRepository().saveAccount(account);
    await run(account, displayName);
  });
}

/** Stops syncing and forgets the account; documents already received stay on the device. */
export function unlinkAccount(profileId: string): Promise<void> {
  return queue(async () => {
    await stopCurrent();
    await syncRepository().forgetAccount(profileId);
  });
}
