import type { TravellingDocument } from '@/domain/sync/travelling-document';
import type { CoulissesDatabase } from './database';
import { guardStorage } from './storage-failure';

/** The CouchDB account a local profile syncs with. The password is never stored. */
export interface SyncAccountRecord {
  profileId: string;
  serverUrl: string;
  user: string;
  roles: string[];
  /** How far the inbox has read the local replica's changes (PouchDB's sequence). */
  inboxSeq: string | number;
  /**
   * How far Revue has imported the same changes (absent: as far as the inbox, as before Revue
   * followed the inbox on its own). Behind `inboxSeq` after a tab died between the two.
   */
  revueSeq?: string | number;
}

/** One document this device wrote for the server, and what became of it. */
export interface SyncOutboxRecord {
  id: string;
  kind: string;
  state: 'pending' | 'sent' | 'refused';
  /** The server's words when it refused the document. */
  reason: string | null;
  updatedAt: string;
}

/** A document received from the server, as the UI reads it (keyed by its server id). */
export type SyncInboxRecord = Omit<TravellingDocument, '_id'> & {
  docId: string;
  /** Other revisions the server holds for this id: a conflict, shown and never resolved here. */
  conflicts: number;
};

/** Reads and writes the sync tables (schema version 6). */
export function createSyncRepository(db: CoulissesDatabase) {
  const accounts = db.table<SyncAccountRecord, string>('syncAccounts');
  const outbox = db.table<SyncOutboxRecord, string>('syncOutbox');
  const inbox = db.table<SyncInboxRecord, string>('syncInbox');
  return {
    account: (profileId: string) =>
      guardStorage('sync.read', async () => (await accounts.get(profileId)) ?? null),
    saveAccount: (record: SyncAccountRecord) =>
      guardStorage('sync.save', async () => {
        await accounts.put(record);
      }),
    forgetAccount: (profileId: string) =>
      guardStorage('sync.save', async () => {
        await accounts.delete(profileId);
      }),
    /**
     * Ids of the sessions that may travel (finished or abandoned), read from the index alone: the
     * outbox polls it, because the final write of a call goes around Dexie (strict durability)
     * and so never wakes a Dexie live query.
     */
    finishedSessionIds: () =>
      guardStorage('sync.read', async () => {
        // Two equality lookups rather than `anyOf`, which fake-indexeddb runs in quadratic time
        // (1.2 s for 500 sessions, every second, in the sync bench).
        const [ended, abandoned] = await Promise.all(
          ['ended', 'abandoned'].map((status) =>
            db.sessions.where('status').equals(status).primaryKeys(),
          ),
        );
        return [...(ended ?? []), ...(abandoned ?? [])];
      }),
    outboxIds: () =>
      guardStorage('sync.read', async () => new Set(await outbox.toCollection().primaryKeys())),
    outbox: () => guardStorage('sync.read', () => outbox.toArray()),
    /** The outbox rows with these ids (missing ones left out). */
    outboxRows: (ids: readonly string[]) =>
      guardStorage('sync.read', async () =>
        (await outbox.bulkGet([...ids])).filter((row) => row !== undefined),
      ),
    /** The rows in one state, read from the state index (the report reads these after each step). */
    outboxIn: (state: SyncOutboxRecord['state']) =>
      guardStorage('sync.read', () => outbox.where('state').equals(state).toArray()),
    pendingCount: () =>
      guardStorage('sync.read', () => outbox.where('state').equals('pending').count()),
    putOutbox: (rows: SyncOutboxRecord[]) =>
      guardStorage('sync.save', async () => {
        await outbox.bulkPut(rows);
      }),
    /** Stores received documents and the sequence they were read up to, both or neither. */
    receive: (profileId: string, docs: SyncInboxRecord[], seq: string | number) =>
      guardStorage('sync.save', async () => {
        await db.transaction('rw', inbox, accounts, async () => {
          await inbox.bulkPut(docs);
          await accounts.update(profileId, { inboxSeq: seq });
        });
      }),
    /** Stores how far Revue has imported the replica's changes. */
    revueRead: (profileId: string, seq: string | number) =>
      guardStorage('sync.save', async () => {
        await accounts.update(profileId, { revueSeq: seq });
      }),
    inbox: () => guardStorage('sync.read', () => inbox.orderBy('docId').toArray()),
    /** How many received documents of one kind are stored, read from the kind index. */
    inboxCount: (kind: string) =>
      guardStorage('sync.read', () => inbox.where('kind').equals(kind).count()),
  };
}

export type SyncRepository = ReturnType<typeof createSyncRepository>;
