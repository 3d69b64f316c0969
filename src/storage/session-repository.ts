import type { CoulissesDatabase } from './database';
import type { SessionRecord, TurnRecord } from './session-record';
import { guardStorage } from './storage-failure';
import { writeStrictly } from './strict-write';

/** Reads and writes rehearsal sessions and their turns. */
export interface SessionRepository {
  /** Writes the new turns and the session's state in one transaction: both or neither. */
  saveProgress(record: SessionRecord, newTurns: TurnRecord[]): Promise<void>;
  /**
   * Writes a finished call (its last turns, and its record with the score card) in one
   * transaction with strict durability: it resolves only once the data is on disk.
   */
  saveFinal(record: SessionRecord, newTurns: TurnRecord[]): Promise<void>;
  get(id: string): Promise<{ record: SessionRecord; turns: TurnRecord[] } | null>;
  listByProfile(profileId: string): Promise<SessionRecord[]>;
  turnsOf(ids: string[]): Promise<TurnRecord[]>;
  markExported(ids: string[], at: string): Promise<void>;
}

// Rows written by a damaged or foreign copy of the database are skipped, not trusted.
function isStoredSession(row: unknown): row is SessionRecord {
  const candidate = row as Partial<SessionRecord> | null;
  return (
    typeof candidate?.id === 'string' &&
    typeof candidate.profileId === 'string' &&
    typeof candidate.scriptId === 'string' &&
    typeof candidate.personaId === 'string' &&
    typeof candidate.seed === 'number' &&
    typeof candidate.engine === 'object' &&
    candidate.engine !== null
  );
}

/** Builds the session repository over the app database. */
export function createSessionRepository(db: CoulissesDatabase): SessionRepository {
  return {
    // Turns come every few seconds: they keep the browser's default durability (relaxed in Chromium).
    saveProgress: (record, newTurns) =>
      guardStorage('sessions.save', async () => {
        await db.transaction('rw', db.sessions, db.turns, async () => {
          if (newTurns.length > 0) await db.turns.bulkPut(newTurns);
          await db.sessions.put(record);
        });
      }),
    // The end of a call comes once and holds what the agent played for: worth waiting for the disk.
    saveFinal: (record, newTurns) =>
      guardStorage('sessions.save', () =>
        writeStrictly(db, [
          { store: db.turns.name, rows: newTurns },
          { store: db.sessions.name, rows: [record] },
        ]),
      ),
    get: (id) =>
      guardStorage('sessions.read', async () => {
        const record = await db.sessions.get(id);
        if (!isStoredSession(record)) return null;
        const turns = await db.turns.where('sessionId').equals(id).sortBy('index');
        return { record, turns };
      }),
    listByProfile: (profileId) =>
      guardStorage('sessions.list', async () => {
        const rows = await db.sessions.where('profileId').equals(profileId).toArray();
        return rows.filter(isStoredSession).sort((a, b) => b.startedAt.localeCompare(a.startedAt));
      }),
    turnsOf: (ids) =>
      guardStorage('sessions.read', async () => {
        // One equality lookup per session in one read transaction, not `anyOf`: anyOf walks the
        // index with key jumps, which fake-indexeddb (tests, benches) does in quadratic time —
        // 500 sessions took 38 s there. Equality lookups cost the same in a real browser.
        const perSession = await db.transaction('r', db.turns, () =>
          Promise.all(ids.map((id) => db.turns.where('sessionId').equals(id).toArray())),
        );
        const rows = perSession.flat();
        return rows.sort((a, b) =>
          a.sessionId === b.sessionId ? a.index - b.index : a.sessionId.localeCompare(b.sessionId),
        );
      }),
    markExported: (ids, at) =>
      guardStorage('sessions.save', async () => {
        await db.transaction('rw', db.sessions, async () => {
          await db.sessions.where('id').anyOf(ids).modify({ exportedAt: at });
        });
      }),
  };
}
