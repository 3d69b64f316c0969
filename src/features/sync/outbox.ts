// Finished sessions into the outbox: each becomes one immutable document in the local replica,
// then one `pending` row in Dexie. Re-running after an interruption finds the document already
// there (a 409 from PouchDB) and only writes the missing row: nothing is sent twice or lost.
import { documentId } from '@/domain/sync/document-kinds';
import { isTravellingSession, sessionDocument } from '@/domain/sync/session-document';
import type { SessionRepository } from '@/storage/session-repository';
import type { SyncAccountRecord, SyncRepository } from '@/storage/sync-repository';
import type { PouchDatabase } from './pouch.types';

export interface OutboxContext {
  local: PouchDatabase;
  repository: SyncRepository;
  sessions: Pick<SessionRepository, 'listByProfile' | 'turnsOf'>;
  account: SyncAccountRecord;
  displayName: string;
  /** Finished sessions of other local profiles, remembered so they are not read again. */
  foreign: Set<string>;
}

/** Sessions turned into documents per batch (the push replication sends 100 per request). */
const OUTBOX_BATCH = 100;

/** Puts every finished session of the profile that is not yet in the outbox into it. */
export async function collectSessions(context: OutboxContext): Promise<void> {
  const { local, repository, sessions, account } = context;
  const known = await repository.outboxIds();
  const fresh = (await repository.finishedSessionIds()).filter(
    (id) => !context.foreign.has(id) && !known.has(documentId('session', account.user, id)),
  );
  if (fresh.length === 0) return;
  const wanted = new Set(fresh);
  const records = (await sessions.listByProfile(account.profileId)).filter(
    (record) => wanted.has(record.id) && isTravellingSession(record),
  );
  const mine = new Set(records.map((record) => record.id));
  for (const id of fresh) if (!mine.has(id)) context.foreign.add(id);
  if (records.length === 0) return;
  // In batches, so the push starts on the first one while the rest are still being read.
  for (let start = 0; start < records.length; start += OUTBOX_BATCH) {
    const batch = records.slice(start, start + OUTBOX_BATCH);
    const turns = await sessions.turnsOf(batch.map((record) => record.id));
    const docs = batch.map((record) =>
      sessionDocument(account.user, context.displayName, record, turns),
    );
    const results = await local.bulkDocs(docs);
    const now = new Date().toISOString();
    const stored = docs.filter((_doc, index) => {
      const result = results[index];
      return !result?.error || result.status === 409;
    });
    await repository.putOutbox(
      stored.map((doc) => ({
        id: doc._id,
        kind: doc.kind,
        state: 'pending',
        reason: null,
        updatedAt: now,
      })),
    );
  }
}
