import { useCallback, useEffect, useState } from 'react';
import type { ImportedSession } from '@/domain/review/imported-session';
import { useStorageStatusStore } from '@/stores/storage-status-store';
import { reviewRepository } from './review-storage';

async function load<T>(read: () => Promise<T[]>): Promise<T[]> {
  try {
    return await read();
  } catch (error) {
    useStorageStatusStore.getState().reportFailure(error, 'review.list');
    return [];
  }
}

/** Rows read through `read`; null while loading. `reload` after an import. */
function useRows<T>(read: () => Promise<T[]>) {
  const [rows, setRows] = useState<T[] | null>(null);
  const reload = useCallback(async () => {
    setRows(await load(read));
  }, [read]);
  useEffect(() => {
    let current = true;
    void load(read).then((found) => {
      if (current) setRows(found);
    });
    return () => {
      current = false;
    };
  }, [read]);
  return { rows, reload };
}

const readSessions = () => reviewRepository().listSessions();
const readSummaries = () => reviewRepository().listSummaries();

/** Every imported session, transcripts included; null while loading. */
export function useReviewSessions() {
  const { rows, reload } = useRows(readSessions);
  return { sessions: rows, reload };
}

/** Every imported session without its transcript (tables, filters, CSV); null while loading. */
export function useReviewSummaries() {
  const { rows, reload } = useRows(readSummaries);
  return { sessions: rows, reload };
}

/** One agent's sessions with their transcripts; null while loading. */
export function useAgentSessions(agentId: string) {
  const read = useCallback(() => reviewRepository().sessionsOfAgent(agentId), [agentId]);
  return useRows<ImportedSession>(read).rows;
}
