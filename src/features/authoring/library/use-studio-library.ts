import { useEffect, useState } from 'react';
import { loadStudioLibrary, type StudioLibrary } from './library-documents';

/** The library for the studio; `failed` when its files could not be fetched (offline update). */
export function useStudioLibrary() {
  const [library, setLibrary] = useState<StudioLibrary | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadStudioLibrary().then(
      (loaded) => live && setLibrary(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  return { library, failed };
}
