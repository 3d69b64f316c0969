import { create } from 'zustand';
import { readStorageReport, requestPersistence, type StorageReport } from '@/storage/persistence';
import {
  classifyStorageError,
  StorageFailure,
  type StorageFailureKind,
} from '@/storage/storage-failure';

export interface ReportedFailure {
  kind: StorageFailureKind;
  operation: string;
}

interface StorageStatusState {
  /** The last storage failure, shown in a banner until the user dismisses it. */
  failure: ReportedFailure | null;
  /** What the browser answered to our persistence request; null until asked. */
  persistenceGranted: boolean | null;
  persistenceRequested: boolean;
  /** Latest figures for the settings page; null until read. */
  report: StorageReport | null;
  refreshReport: () => Promise<void>;
  /** Asks for persistence now, on the user's request, and refreshes the figures. */
  requestPersistenceNow: () => Promise<void>;
  reportFailure: (error: unknown, operation?: string) => void;
  dismissFailure: () => void;
  noteSuccessfulWrite: () => Promise<void>;
}

/** Storage health, shared by every feature so any failure reaches the banner. */
export const useStorageStatusStore = create<StorageStatusState>()((set, get) => ({
  failure: null,
  persistenceGranted: null,
  persistenceRequested: false,
  report: null,
  refreshReport: async () => {
    try {
      set({ report: await readStorageReport() });
    } catch (error) {
      get().reportFailure(error, 'storage.estimate');
    }
  },
  requestPersistenceNow: async () => {
    try {
      set({ persistenceRequested: true, persistenceGranted: await requestPersistence() });
    } catch (error) {
      get().reportFailure(error, 'storage.persist');
    }
    await get().refreshReport();
  },
  reportFailure: (error, operation = 'unknown') => {
    const failure =
      error instanceof StorageFailure
        ? { kind: error.kind, operation: error.operation }
        : { kind: classifyStorageError(error), operation };
    // The console keeps the technical detail for support; the banner says what to do.
    console.warn('[coulisses] storage failure', failure, error);
    set({ failure });
  },
  dismissFailure: () => set({ failure: null }),
  noteSuccessfulWrite: async () => {
    // The browser is asked once, after the first write, when there is something worth keeping.
    if (get().persistenceRequested) return;
    set({ persistenceRequested: true });
    try {
      set({ persistenceGranted: await requestPersistence() });
    } catch (error) {
      get().reportFailure(error, 'storage.persist');
    }
  },
}));
