import { useEffect, useState } from 'react';
import type { Library } from '../library/library-loader';
import { openSession, type OpenedSession } from '../session/session-service';

/** The session of the stage route, rebuilt from this tab's memory or IndexedDB. */
export function useOpenedSession(sessionId: string | undefined, library: Library | null) {
  const [opened, setOpened] = useState<{ id: string; value: OpenedSession } | null>(null);
  useEffect(() => {
    if (!sessionId || !library) return;
    let current = true;
    void openSession(sessionId, library).then((value) => {
      if (current) setOpened({ id: sessionId, value });
    });
    return () => {
      current = false;
    };
  }, [sessionId, library]);
  // A stale answer for the previous address never shows on the new one.
  return opened && opened.id === sessionId ? opened.value : null;
}
