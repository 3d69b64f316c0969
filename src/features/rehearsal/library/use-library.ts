import { useEffect, useMemo, useState } from 'react';
import { libraryIndex } from 'virtual:coulisses-library';
import { loadLibrary, setupDocuments, type Library } from './library-loader';
import { useLibraryStore } from './library-store';

/** The library for a rehearsal page, loaded on first use (unless `load` is false). */
export function useLibrary(load = true) {
  const library = useLibraryStore((state) => state.library);
  const failed = useLibraryStore((state) => state.failed);
  const ensureLoaded = useLibraryStore((state) => state.ensureLoaded);
  useEffect(() => {
    if (load) void ensureLoaded();
  }, [load, ensureLoaded]);
  return { library, failed, retry: ensureLoaded };
}

/**
 * The library for one script's setup page: only the documents it shows when the script ships
 * with the app (the whole library when it is already here, or for a script published in Atelier).
 * `partial` says which: a partial library has no persona yet (see `setupDocuments`).
 */
export function useSetupLibrary(scriptId: string | undefined) {
  const wanted = useMemo(
    () => (scriptId ? setupDocuments(libraryIndex, scriptId) : null),
    [scriptId],
  );
  const whole = useLibrary(wanted === null);
  const [own, setOwn] = useState<{ scriptId: string; library: Library } | null>(null);
  const [failedAttempt, setFailedAttempt] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const attemptKey = `${scriptId ?? ''}#${attempt}`;
  const needsOwn = !whole.library && wanted !== null;
  useEffect(() => {
    if (!needsOwn || !scriptId || !wanted) return;
    let current = true;
    loadLibrary(libraryIndex, wanted).then(
      (library) => {
        if (current) setOwn({ scriptId, library });
      },
      (error: unknown) => {
        console.warn('[coulisses] setup documents failed to load', error);
        if (current) setFailedAttempt(attemptKey);
      },
    );
    return () => {
      current = false;
    };
  }, [needsOwn, scriptId, wanted, attemptKey]);
  if (!needsOwn) return { ...whole, partial: false };
  return {
    partial: true,
    library: own && own.scriptId === scriptId ? own.library : null,
    failed: failedAttempt === attemptKey,
    retry: () => setAttempt((count) => count + 1),
  };
}
