import { create } from 'zustand';
import type { SyncInboxRecord, SyncOutboxRecord } from '@/storage/sync-repository';

/** What the header says. `off` means no server is configured: the app works as before. */
export type SyncPhase = 'off' | 'connecting' | 'up_to_date' | 'pending' | 'offline' | 'error';

/** Why sync stopped, in terms the user can act on (the text and the fix are in the locales). */
export type SyncProblem = 'session_expired' | 'forbidden' | 'server' | 'storage';

export interface SyncActions {
  /** A lead's feedback to the agent who played a received session. */
  sendFeedback: (session: SyncInboxRecord, text: string) => Promise<void>;
  stop: () => Promise<void>;
}

interface SyncState {
  phase: SyncPhase;
  problem: SyncProblem | null;
  /** The server's or the browser's own words, for support. */
  detail: string | null;
  pending: number;
  refused: SyncOutboxRecord[];
  inbox: SyncInboxRecord[];
  user: string | null;
  roles: string[];
  actions: SyncActions | null;
}

export const SYNC_OFF: SyncState = {
  phase: 'off',
  problem: null,
  detail: null,
  pending: 0,
  refused: [],
  inbox: [],
  user: null,
  roles: [],
  actions: null,
};

/** Sync's state for the header and settings; written only by the sync engine. */
export const useSyncStore = create<SyncState>()(() => SYNC_OFF);
