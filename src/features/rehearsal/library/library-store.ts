import { create } from 'zustand';
import { withPublishedDocuments } from '@/stores/published-documents';
import {
  isSessionDocument,
  loadLibrary,
  type Library,
  type SessionDocuments,
} from './library-loader';

interface LibraryState {
  library: Library | null;
  failed: boolean;
  /** Loads the library once; later calls reuse it (the documents ship with the app). */
  ensureLoaded: () => Promise<void>;
}

let loading: Promise<void> | null = null;

/** The script library as the rehearsal area sees it, after the document gate. */
export const useLibraryStore = create<LibraryState>()((set) => ({
  library: null,
  failed: false,
  ensureLoaded: () => {
    loading ??= loadLibrary().then(
      // Scripts, brands and personas published in Atelier join the shipped ones (gated again
      // on the way in, each script's brand and personas resolved against the whole library).
      (library) =>
        withPublishedDocuments(library, { resolve: true }).then((all) =>
          set({ library: all, failed: false }),
        ),
      (error: unknown) => {
        // A chunk that cannot be fetched (offline after an update): say so, allow a retry.
        console.warn('[coulisses] library load failed', error);
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
