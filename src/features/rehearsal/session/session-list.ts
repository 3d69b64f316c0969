import type { SessionRecord } from '@/storage/session-record';
import { appStorage } from '@/stores/app-storage-registry';
import { useStorageStatusStore } from '@/stores/storage-status-store';

// Kept apart from session-service so the history page does not load the session engine.

/** The active profile's sessions, newest first; a read failure shows the banner. */
export async function listSessions(profileId: string): Promise<SessionRecord[]> {
  try {
    return await appStorage().sessions.listByProfile(profileId);
  } catch (error) {
    useStorageStatusStore.getState().reportFailure(error, 'sessions.list');
    return [];
  }
}
