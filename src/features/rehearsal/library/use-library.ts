import { useEffect } from 'react';
import { useLibraryStore } from './library-store';

/** The library for a rehearsal page, loaded on first use. */
export function useLibrary() {
  const library = useLibraryStore((state) => state.library);
  const failed = useLibraryStore((state) => state.failed);
  const ensureLoaded = useLibraryStore((state) => state.ensureLoaded);
  useEffect(() => {
    void ensureLoaded();
  }, [ensureLoaded]);
  return { library, failed, retry: ensureLoaded };
}
