import { Dexie, type IndexableType } from 'dexie';
import type { CoulissesDatabase } from './database';
import type { SessionRecord, TurnRecord } from './session-record';
import { finishedWrites, readStoredRecord, readStoredRow } from './session-rows';
import { checkpointOf, summaryOf, withCheckpoint } from './session-summary-record';
import { guardStorage } from './storage-failure';
import { readThenWriteStrictly } from './strict-write';

/** Reads and writes rehearsal sessions and their turns. */
export interface SessionRepository {
  /**
   * Writes the new turns and the session's state in one transaction: both or neither. Once the
   * record is stored, an unfinished call's write appends its turns and replaces only the small
   * checkpoint (engine state, clock): the record and its summary are not written again.
   */
  saveProgress(record: SessionRecord, newTurns: TurnRecord[]): Promise<void>;
  /**
   * Writes a finished call (its last turns, its record with the score card and its summary) in
   * one transaction with strict durability: it resolves only once the data is on disk. The call's
   * record and whole transcript become one packed row (`packed-session.ts`), its turn rows go.
   */
  saveFinal(record: SessionRecord, newTurns: TurnRecord[]): Promise<void>;
  get(id: string): Promise<{ record: SessionRecord; turns: TurnRecord[] } | null>;
  listByProfile(profileId: string): Promise<SessionRecord[]>;
  /** The profile's unfinished calls (offered for resume), newest first, found through the summaries. */
  unfinished(profileId: string): Promise<SessionRecord[]>;
  turnsOf(ids: string[]): Promise<TurnRecord[]>;
  markExported(ids: string[], at: string): Promise<void>;
  /**
   * Deletes these sessions and everything stored for them (record, turns, summary, checkpoint) in
   * one transaction: all of it or none. An unfinished call is kept. Resolves to the ids deleted.
   */
  removeFinished(ids: readonly string[]): Promise<string[]>;
}

/** Builds the session repository over the app database. */
export function createSessionRepository(db: CoulissesDatabase): SessionRepository {
  const { sessions, turns, sessionSummaries: summaries, sessionCheckpoints: checkpoints } = db;
  return {
    // Turns come every few seconds: they keep the browser's default durability (relaxed in
    // Chromium), which survives the browser being killed once the transaction has completed.
    saveProgress: (record, newTurns) =>
      guardStorage('sessions.save', async () => {
        await db.transaction('rw', [sessions, turns, summaries, checkpoints], async () => {
          if (record.status !== 'in_progress') {
            const [row, rows] = await Promise.all([
              sessions.get(record.id),
              turns.where('sessionId').equals(record.id).toArray(),
            ]);
            for (const write of finishedWrites(record, newTurns, row, rows)) {
              const table = db.table(write.store);
              if (write.rows.length > 0) await table.bulkPut([...write.rows]);
              if (write.deletes?.length)
                await table.bulkDelete([...write.deletes] as IndexableType[]);
            }
            return;
          }
          if (newTurns.length > 0) await turns.bulkPut(newTurns);
          // A key-only count: whether the record is there, without reading it.
          const stored = (await sessions.where('id').equals(record.id).count()) > 0;
          if (stored) {
            await checkpoints.put(checkpointOf(record));
            return;
          }
          await sessions.put(record);
          await summaries.put(summaryOf(record));
          await checkpoints.delete(record.id);
        });
      }),
    // The end of a call comes once and holds what the agent played for: worth waiting for the disk.
    // The turns already stored are read in the same transaction, to pack the call with them.
    saveFinal: (record, newTurns) =>
      guardStorage('sessions.save', () =>
        readThenWriteStrictly(
          db,
          [turns.name, sessions.name, summaries.name, checkpoints.name],
          [
            { store: sessions.name, query: record.id },
            { store: turns.name, index: 'sessionId', query: record.id },
          ],
          ([row, rows]) => finishedWrites(record, newTurns, row?.[0], (rows ?? []) as TurnRecord[]),
        ),
      ),
    get: (id) =>
      guardStorage('sessions.read', async () => {
        const [row, checkpoint, rows] = await Promise.all([
          sessions.get(id),
          checkpoints.get(id),
          turns.where('sessionId').equals(id).toArray(),
        ]);
        const stored = readStoredRow(row, rows);
        return stored && { record: withCheckpoint(stored.record, checkpoint), turns: stored.turns };
      }),
    listByProfile: (profileId) =>
      guardStorage('sessions.list', async () => {
        const rows = (await sessions.where('profileId').equals(profileId).toArray()).flatMap(
          (row) => readStoredRecord(row) ?? [],
        );
        // Only unfinished calls have a checkpoint; the others are read as stored.
        const open = rows.filter((row) => row.status === 'in_progress');
        const found = await checkpoints.bulkGet(open.map((row) => row.id));
        const latest = new Map(open.map((row, index) => [row.id, found[index]]));
        return rows
          .map((row) => withCheckpoint(row, latest.get(row.id)))
          .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
      }),
    unfinished: (profileId) =>
      guardStorage('sessions.list', async () => {
        const ids = (await summaries
          .where('[profileId+status+startedAt]')
          .between(
            [profileId, 'in_progress', Dexie.minKey],
            [profileId, 'in_progress', Dexie.maxKey],
          )
          .primaryKeys()) as string[];
        ids.reverse();
        const [rows, found] = await Promise.all([sessions.bulkGet(ids), checkpoints.bulkGet(ids)]);
        return rows.flatMap((row, index) => {
          const record = readStoredRecord(row);
          return record?.status === 'in_progress' ? [withCheckpoint(record, found[index])] : [];
        });
      }),
    turnsOf: (ids) =>
      guardStorage('sessions.read', async () => {
        // One equality lookup per session in one read transaction, not `anyOf`: anyOf walks the
        // index with key jumps, which fake-indexeddb (tests, benches) does in quadratic time —
        // 500 sessions took 38 s there. Equality lookups cost the same in a real browser.
        // A finished call's turns are in its packed row; an unfinished one's in their own rows.
        const perSession = await db.transaction('r', [sessions, turns], () =>
          Promise.all(
            ids.map(async (id) => {
              const [row, rows] = await Promise.all([
                sessions.get(id),
                turns.where('sessionId').equals(id).toArray(),
              ]);
              return readStoredRow(row, rows)?.turns ?? rows;
            }),
          ),
        );
        const rows = perSession.flat();
        return rows.sort((a, b) =>
          a.sessionId === b.sessionId ? a.index - b.index : a.sessionId.localeCompare(b.sessionId),
        );
      }),
    markExported: (ids, at) =>
      guardStorage('sessions.save', async () => {
        await db.transaction('rw', sessions, summaries, async () => {
          await sessions.where('id').anyOf(ids).modify({ exportedAt: at });
          await summaries.where('id').anyOf(ids).modify({ exported: 1 });
        });
      }),
    removeFinished: (ids) =>
      guardStorage('sessions.remove', () =>
        db.transaction('rw', [sessions, turns, summaries, checkpoints], async () => {
          // Read again inside the transaction: only what is finished when the deletion runs goes.
          const found = await summaries.bulkGet([...ids]);
          const gone = found.flatMap((row) =>
            row && row.status !== 'in_progress' ? [row.id] : [],
          );
          // Equality lookups per session, not anyOf (see turnsOf).
          await Promise.all(gone.map((id) => turns.where('sessionId').equals(id).delete()));
          await Promise.all([
            sessions.bulkDelete(gone),
            summaries.bulkDelete(gone),
            checkpoints.bulkDelete(gone),
          ]);
          return gone;
        }),
      ),
  };
}
