import type { Backup } from '@/domain/review/backup-gate';
import { planImport } from '@/domain/review/import-plan';
import type { CoulissesDatabase, PreferenceRecord, ProfileRecord } from './database';
import type { SessionRecord, TurnRecord } from './session-record';
import { packSession } from './packed-session';
import { readStoredRow } from './session-rows';
import { isStoredSession, summaryOf, withCheckpoint } from './session-summary-record';
import { guardStorage } from './storage-failure';

export interface BackupContent {
  profiles: ProfileRecord[];
  preferences: PreferenceRecord[];
  sessions: SessionRecord[];
  turns: TurnRecord[];
}

export type RestoreResult =
  { ok: true; fresh: number; already: number } | { ok: false; conflicts: string[] };

const turnId = (turn: { sessionId: string; index: number }) => `${turn.sessionId}#${turn.index}`;

function turnsBySession(rows: readonly TurnRecord[]): Map<string, TurnRecord[]> {
  const grouped = new Map<string, TurnRecord[]>();
  for (const row of rows) grouped.set(row.sessionId, [...(grouped.get(row.sessionId) ?? []), row]);
  return grouped;
}

/**
 * Every session as the app reads it (a finished call's packed row opened, an unfinished one's
 * record as of its latest checkpoint) and every turn, wherever it is stored.
 */
async function currentSessions(
  db: CoulissesDatabase,
): Promise<{ sessions: SessionRecord[]; turns: TurnRecord[] }> {
  const checkpoints = new Map((await db.sessionCheckpoints.toArray()).map((c) => [c.id, c]));
  const rows = await db.turns.toArray();
  const bySession = turnsBySession(rows);
  const sessions: SessionRecord[] = [];
  const turns: TurnRecord[] = [];
  const read = new Set<string>();
  for (const row of await db.sessions.toArray()) {
    const { id } = row;
    const stored = readStoredRow(row, bySession.get(id) ?? []);
    // A damaged row travels as it is, as it did before calls were packed.
    sessions.push(
      stored ? withCheckpoint(stored.record, checkpoints.get(id)) : (row as SessionRecord),
    );
    turns.push(...(stored?.turns ?? bySession.get(id) ?? []));
    read.add(id);
  }
  // Turns whose session row is missing still travel.
  for (const [id, orphans] of bySession) if (!read.has(id)) turns.push(...orphans);
  return { sessions, turns };
}

/** Reads everything Répéter stores, for a backup file. */
export function readBackupContent(db: CoulissesDatabase): Promise<BackupContent> {
  const tables = [db.profiles, db.preferences, db.sessions, db.turns, db.sessionCheckpoints];
  return guardStorage('backup.export', () =>
    db.transaction('r', tables, async () => ({
      profiles: await db.profiles.toArray(),
      preferences: await db.preferences.toArray(),
      ...(await currentSessions(db)),
    })),
  );
}

const restoreTables = (db: CoulissesDatabase) => [
  db.profiles,
  db.preferences,
  db.sessions,
  db.turns,
  db.sessionSummaries,
  db.sessionCheckpoints,
];

/**
 * Restores a gated backup in one transaction: records already here with the same content are
 * skipped, preferences take the backup's values, and if any record is here with another content
 * nothing at all is written.
 */
export function restoreBackup(db: CoulissesDatabase, backup: Backup): Promise<RestoreResult> {
  return guardStorage('backup.restore', () =>
    db.transaction('rw', restoreTables(db), async () => {
      const profiles = planImport(
        backup.profiles,
        new Map((await db.profiles.toArray()).map((p) => [p.id, p])),
      );
      const current = await currentSessions(db);
      const sessions = planImport(
        backup.sessions as unknown as SessionRecord[],
        new Map(current.sessions.map((s) => [s.id, s])),
      );
      const incomingTurns = (backup.turns as unknown as TurnRecord[]).map((turn) => ({
        ...turn,
        id: turnId(turn),
      }));
      const heldTurns = current.turns.map((turn) => ({ ...turn, id: turnId(turn) }));
      const turns = planImport(incomingTurns, new Map(heldTurns.map((t) => [t.id, t])));
      const conflicts = [...profiles.conflicts, ...sessions.conflicts, ...turns.conflicts];
      if (conflicts.length > 0) return { ok: false, conflicts };
      await db.profiles.bulkAdd(profiles.fresh);
      // A new finished call is packed with its turns, as the stage writes it; any other as it came.
      const freshTurns = turnsBySession(turns.fresh.map(({ id: _id, ...turn }) => turn));
      const held = new Set(current.turns.map((turn) => turn.sessionId));
      const packed = sessions.fresh.map((record) =>
        held.has(record.id) ? null : packSession(record, freshTurns.get(record.id) ?? []),
      );
      await db.sessions.bulkAdd(
        sessions.fresh.map((record, index) => (packed[index] ?? record) as SessionRecord),
      );
      // The history and the catalogue list sessions through their summaries.
      await db.sessionSummaries.bulkPut(sessions.fresh.filter(isStoredSession).map(summaryOf));
      const packedIds = new Set(packed.flatMap((row) => (row ? [row.id] : [])));
      await db.turns.bulkAdd(
        [...freshTurns].flatMap(([id, rows]) => (packedIds.has(id) ? [] : rows)),
      );
      await db.preferences.bulkPut(backup.preferences);
      return {
        ok: true,
        fresh: sessions.fresh.length,
        already: sessions.already,
      };
    }),
  );
}
