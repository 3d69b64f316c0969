import { useCallback, useEffect, useState } from 'react';
import type { SessionRecord } from '@/storage/session-record';
import { useProfileStore } from '@/stores/profile-store';
import { listSessions } from './session-list';

/** The active profile's sessions, newest first, with a way to read them again after a change. */
export function useMySessions() {
  const profileId = useProfileStore((state) => state.activeProfileId);
  const [sessions, setSessions] = useState<SessionRecord[] | null>(null);
  const reload = useCallback(async () => {
    setSessions(profileId ? await listSessions(profileId) : []);
  }, [profileId]);
  useEffect(() => {
    let current = true;
    void (profileId ? listSessions(profileId) : Promise.resolve([])).then((rows) => {
      if (current) setSessions(rows);
    });
    return () => {
      current = false;
    };
  }, [profileId]);
  return { sessions, reload };
}
