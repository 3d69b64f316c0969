import { useEffect, useState } from 'react';
import { sessionDocumentId } from '@/domain/review/envelope';
import type { SessionSummary } from '@/storage/session-record';
import { appStorage } from '@/stores/app-storage-registry';
import { useStorageStatusStore } from '@/stores/storage-status-store';

/**
 * The summaries of the sessions some documents are about (keys as `sessionDocumentId` makes
 * them), read by id: feedback on three sessions reads three rows, not the whole history.
 */
export function useSessionLines(profileId: string | null, keys: readonly string[]) {
  const [lines, setLines] = useState(() => new Map<string, SessionSummary>());
  const wanted = keys.join('\n');
  useEffect(() => {
    if (!profileId || !wanted) return;
    let current = true;
    const prefix = sessionDocumentId(profileId, '');
    const ids = wanted
      .split('\n')
      .filter((key) => key.startsWith(prefix))
      .map((key) => key.slice(prefix.length));
    void appStorage()
      .summaries.get(ids)
      .then((rows) => {
        if (current)
          setLines(new Map(rows.map((row) => [sessionDocumentId(row.profileId, row.id), row])));
      })
      .catch((error: unknown) =>
        useStorageStatusStore.getState().reportFailure(error, 'sessions.read'),
      );
    return () => {
      current = false;
    };
  }, [profileId, wanted]);
  return lines;
}
