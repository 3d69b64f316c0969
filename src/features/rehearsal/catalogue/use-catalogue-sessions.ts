import { useCallback, useEffect, useState } from 'react';
import type { SessionRecord } from '@/storage/session-record';
import { appStorage } from '@/stores/app-storage-registry';
import { useProfileStore } from '@/stores/profile-store';
import { useStorageStatusStore } from '@/stores/storage-status-store';
import type { ScriptResults } from '@/storage/summary-repository';

export interface CatalogueSessions {
  /** The last and best finished session of each script played. */
  history: Map<string, ScriptResults>;
  /** Calls left unfinished, offered for resume: the only whole records the catalogue reads. */
  unfinished: SessionRecord[];
}

const NOTHING: CatalogueSessions = { history: new Map(), unfinished: [] };

async function read(profileId: string | null): Promise<CatalogueSessions> {
  if (!profileId) return NOTHING;
  const storage = appStorage();
  try {
    const [history, unfinished] = await Promise.all([
      storage.summaries.scriptResults(profileId),
      storage.sessions.unfinished(profileId),
    ]);
    return { history, unfinished };
  } catch (error) {
    useStorageStatusStore.getState().reportFailure(error, 'sessions.list');
    return NOTHING;
  }
}

/**
 * What the catalogue shows of the agent's practice, through the summaries' indexes: two rows a
 * script and the unfinished calls, never every session.
 */
export function useCatalogueSessions() {
  const profileId = useProfileStore((state) => state.activeProfileId);
  const [sessions, setSessions] = useState<CatalogueSessions | null>(null);
  const reload = useCallback(async () => setSessions(await read(profileId)), [profileId]);
  useEffect(() => {
    let current = true;
    void read(profileId).then((found) => {
      if (current) setSessions(found);
    });
    return () => {
      current = false;
    };
  }, [profileId]);
  return { sessions, reload };
}
