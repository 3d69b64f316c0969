import { useEffect, useState } from 'react';
import { withOwnCast } from '../cast/own-cast';
import { loadStudioLibrary, type StudioLibrary } from './library-documents';

/**
 * The library for the studio; `failed` when its files could not be fetched (offline update).
 * With `ownCast`, the trainer's drafted and published brands and personas are added (read afresh
 * each time the page opens, since they change in the studio).
 */
export function useStudioLibrary({ ownCast = false }: { ownCast?: boolean } = {}) {
  const [library, setLibrary] = useState<StudioLibrary | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadStudioLibrary()
      .then((loaded) => (ownCast ? withOwnCast(loaded) : loaded))
      .then(
        (loaded) => live && setLibrary(loaded),
        () => live && setFailed(true),
      );
    return () => {
      live = false;
    };
  }, [ownCast]);
  return { library, failed };
}
