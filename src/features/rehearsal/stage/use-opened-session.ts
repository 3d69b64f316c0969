import { useCallback, useEffect, useState } from 'react';
import { openSession, type OpenedSession } from '../session/session-service';

/**
 * The session of the stage route, rebuilt from this tab's memory or IndexedDB with the documents
 * it needs. `failed` when those could not be fetched (offline after an update); `retry` tries again.
 */
export function useOpenedSession(sessionId: string | undefined) {
  const [opened, setOpened] = useState<{ id: string; value: OpenedSession } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [failedAttempt, setFailedAttempt] = useState<string | null>(null);
  const attemptKey = `${sessionId ?? ''}#${attempt}`;
  useEffect(() => {
    if (!sessionId) return;
    let current = true;
    openSession(sessionId).then(
      (value) => {
        if (current) setOpened({ id: sessionId, value });
      },
      (error: unknown) => {
        console.warn('[coulisses] session documents failed to load', error);
        if (current) setFailedAttempt(attemptKey);
      },
    );
    return () => {
      current = false;
    };
  }, [sessionId, attemptKey]);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return {
    // A stale answer for the previous address never shows on the new one.
    opened: opened && opened.id === sessionId ? opened.value : null,
    failed: failedAttempt === attemptKey,
    retry,
  };
}
