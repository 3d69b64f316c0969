import { useCallback, useEffect, useState } from 'react';
import type { ImportedSession } from '@/domain/review/imported-session';
import { useStorageStatusStore } from '@/stores/storage-status-store';
import { reviewRepository } from './review-storage';

async function loadSessions(): Promise<ImportedSession[]> {
  try {
    return await reviewRepository().listSessions();
  } catch (error) {
    useStorageStatusStore.getState().reportFailure(error, 'review.list');
    return [];
  }
}

/** Every imported session; null while loading. `reload` after an import. */
export function useReviewSessions() {
  const [sessions, setSessions] = useState<ImportedSession[] | null>(null);
  const reload = useCallback(async () => {
    setSessions(await loadSessions());
  }, []);
  useEffect(() => {
    let current = true;
    void loadSessions().then((rows) => {
      if (current) setSessions(rows);
    });
    return () => {
      current = false;
    };
  }, []);
  return { sessions, reload };
}
