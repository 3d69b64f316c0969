import { create } from 'zustand';
import { withPublishedDocuments } from '@/stores/published-documents';
import { publishedGeneration } from '@/stores/published-generation';
import {
  isSessionDocument,
  loadLibrary,
  type Library,
  type SessionDocuments,
} from './library-loader';

interface LibraryState {
  library: Library | null;
  failed: boolean;
  /**
   * Loads the library once; later calls reuse it (the documents ship with the app), unless
   * something was published in this tab since.
   */
  ensureLoaded: () => Promise<void>;
}

let shipped: Promise<Library> | null = null;
let loading: Promise<void> | null = null;
let joined = -1;

/** The script library as the rehearsal area sees it, after the document gate. */
export const useLibraryStore = create<LibraryState>()((set) => ({
  library: null,
  failed: false,
  ensureLoaded: () => {
    // The shipped documents load once; the published ones are joined again after a publication
    // in this tab, so a script just published is in the list without a reload.
    if (loading && joined === publishedGeneration()) return loading;
    joined = publishedGeneration();
    shipped ??= loadLibrary();
    loading = shipped.then(
      // Scripts, brands and personas published in Atelier join the shipped ones (gated again
      // on the way in, each script's brand and personas resolved against the whole library).
      (library) =>
        withPublishedDocuments(library, { resolve: true }).then((all) =>
          set({ library: all, failed: false }),
        ),
      (error: unknown) => {
        // A chunk that cannot be fetched (offline after an update): say so, allow a retry.
        console.warn('[coulisses] library load failed', error);
        shipped = null;
        loading = null;
        set({ failed: true });
      },
    );
    return loading;
  },
}));

/**
 * The documents of one call: the whole library when it is already here, otherwise only the
 * call's own files (a call resumed after a reload opens without fetching every script).
 */
export function loadSessionLibrary(needs: SessionDocuments): Promise<Library> {
  const { library } = useLibraryStore.getState();
  if (library) return Promise.resolve(library);
  return loadLibrary(undefined, isSessionDocument(needs)).then((own) =>
    withPublishedDocuments(own),
  );
}
