import { useCallback, useEffect, useState } from 'react';
import type { ScriptDraftRecord } from '@/storage/script-draft-repository';
import { draftRepository } from '../studio-storage';

/** The trainer's drafts, newest first; `error` when storage could not be read. */
export function useDrafts() {
  const [drafts, setDrafts] = useState<ScriptDraftRecord[] | null>(null);
  const [error, setError] = useState(false);
  const reload = useCallback(async () => {
    try {
      setDrafts(await draftRepository().list());
      setError(false);
    } catch {
      setError(true);
    }
  }, []);
  useEffect(() => {
    let current = true;
    draftRepository()
      .list()
      .then(
        (rows) => current && setDrafts(rows),
        () => current && setError(true),
      );
    return () => {
      current = false;
    };
  }, []);
  return { drafts, error, reload };
}
