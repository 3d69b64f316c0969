import type { Backup } from '@/domain/review/backup-gate';
import { planImport } from '@/domain/review/import-plan';
import type { CoulissesDatabase, PreferenceRecord, ProfileRecord } from './database';
import type { SessionRecord, TurnRecord } from './session-record';
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

/** The session records as of their latest checkpoint (an unfinished call's clock and state). */
async function currentSessions(db: CoulissesDatabase): Promise<SessionRecord[]> {
  const checkpoints = new Map((await db.sessionCheckpoints.toArray()).map((c) => [c.id, c]));
  return (await db.sessions.toArray()).map((row) => withCheckpoint(row, checkpoints.get(row.id)));
}

/** Reads everything Répéter stores, for a backup file. */
export function readBackupContent(db: CoulissesDatabase): Promise<BackupContent> {
  const tables = [db.profiles, db.preferences, db.sessions, db.turns, db.sessionCheckpoints];
  return guardStorage('backup.export', () =>
    db.transaction('r', tables, async () => ({
      profiles: await db.profiles.toArray(),
      preferences: await db.preferences.toArray(),
      sessions: await currentSessions(db),
      turns: await db.turns.toArray(),
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
      const sessions = planImport(
        backup.sessions as unknown as SessionRecord[],
        new Map((await currentSessions(db)).map((s) => [s.id, s])),
      );
      const incomingTurns = (backup.turns as unknown as TurnRecord[]).map((turn) => ({
        ...turn,
        id: turnId(turn),
      }));
      const heldTurns = (await db.turns.toArray()).map((turn) => ({ ...turn, id: turnId(turn) }));
      const turns = planImport(incomingTurns, new Map(heldTurns.map((t) => [t.id, t])));
      const conflicts = [...profiles.conflicts, ...sessions.conflicts, ...turns.conflicts];
      if (conflicts.length > 0) return { ok: false, conflicts };
      await db.profiles.bulkAdd(profiles.fresh);
      await db.sessions.bulkAdd(sessions.fresh);
      // The history and the catalogue list sessions through their summaries.
      await db.sessionSummaries.bulkPut(sessions.fresh.filter(isStoredSession).map(summaryOf));
      await db.turns.bulkAdd(turns.fresh.map(({ id: _id, ...turn }) => turn));
      await db.preferences.bulkPut(backup.preferences);
      return {
        ok: true,
        fresh: sessions.fresh.length,
        already: sessions.already,
      };
    }),
  );
}
