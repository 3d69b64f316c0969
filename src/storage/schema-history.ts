import type { Dexie, Transaction } from 'dexie';
import type { SessionSummary } from './session-record';
import { isStoredSession, rankOf, summaryOf } from './session-summary-record';

/** One step of the database's history: the full table layout at that version, and how to get there. */
export interface SchemaVersion {
  version: number;
  /** Dexie store declarations: primary key first, then indexes. `null` deletes a table. */
  stores: Record<string, string | null>;
  /** Rewrites records written by the previous version. Runs once, inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every version the app has ever shipped, oldest first. Never edit a shipped entry: append a new
 * one with the new layout and an `upgrade` that converts old records, so a browser that last ran
 * any older release opens the database without losing anything.
 */
export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      profiles: 'id, createdAt',
      preferences: 'key',
    },
  },
  {
    // Rehearsal sessions and their turns; v1 data (profiles, preferences) is untouched.
    version: 2,
    stores: {
      profiles: 'id, createdAt',
      preferences: 'key',
      sessions: 'id, profileId, status, startedAt',
      turns: '[sessionId+index], sessionId',
    },
  },
  {
    // Atelier: trainers' script drafts (autosaved) and published, immutable script versions.
    version: 4,
    stores: {
      scriptDrafts: 'id, updatedAt',
      scriptVersions: '[scriptId+number], scriptId, publishedAt',
    },
  },
  {
    // Revue: agents' imported sessions, kept apart from the lead's own practice, and the
    // append-only review documents (notes, adjustments, verdicts, responses) pointing at them.
    version: 5,
    stores: {
      reviewSessions: 'id, agent.id, startedAt',
      reviewDocuments: 'id, session, kind',
    },
  },
  {
    // Team sync (issue 17): the linked server account, what waits to leave, what came in.
    version: 6,
    stores: {
      syncAccounts: 'profileId',
      syncOutbox: 'id, state',
      syncInbox: 'docId, kind, agent',
    },
  },
  {
    // Issue 19: a small summary per session, so the history pages through indexes instead of
    // reading every record; and the per-turn checkpoint, so a turn no longer rewrites the record.
    // Records and turns are left as they were: a v6 session opens, resumes and exports unchanged.
    version: 7,
    stores: {
      sessionSummaries:
        'id, [profileId+startedAt], [profileId+status+startedAt], [profileId+mode+startedAt], ' +
        '[profileId+scriptId+startedAt], [profileId+scriptId], [profileId+exported]',
      sessionCheckpoints: 'id',
    },
    upgrade: async (tx) => {
      const summaries = tx.table('sessionSummaries');
      // In slices: a year of practice is thousands of records, never all in memory at once.
      let last = '';
      for (;;) {
        const slice = (await tx.table('sessions').where('id').above(last).limit(500).toArray()) as {
          id: string;
        }[];
        if (slice.length === 0) return;
        // A damaged row has no summary (the history skipped it before too) but stays in place.
        await summaries.bulkPut(slice.filter(isStoredSession).map(summaryOf));
        last = slice.at(-1)?.id ?? last;
      }
    },
  },
  {
    // The catalogue's last and best call per script through indexes, never every summary: each
    // finished call's rank (score, or outcome) beside its script. Only summaries gain a field.
    version: 8,
    stores: {
      sessionSummaries:
        'id, [profileId+startedAt], [profileId+status+startedAt], [profileId+mode+startedAt], ' +
        '[profileId+scriptId+startedAt], [profileId+scriptId], [profileId+exported], ' +
        '[profileId+scriptId+rank+startedAt]',
    },
    upgrade: async (tx) => {
      await tx
        .table('sessionSummaries')
        .filter((row: SessionSummary) => row.status === 'ended')
        .modify((row: SessionSummary) => {
          row.rank = rankOf(row);
        });
    },
  },
  {
    // Atelier's test bench: regression cases saved from test runs, re-run at each publish.
    version: 11,
    stores: { regressionCases: 'id, draftId' },
  },
];

/** Declares every version on a Dexie instance, checking that the history only moves forward. */
export function applySchemaHistory(db: Dexie, history: readonly SchemaVersion[]): void {
  let previous = 0;
  for (const step of history) {
    if (!Number.isInteger(step.version) || step.version <= previous) {
      throw new Error(`Schema history must increase: version ${step.version} after ${previous}`);
    }
    previous = step.version;
    const declared = db.version(step.version).stores(step.stores);
    if (step.upgrade) declared.upgrade(step.upgrade);
  }
}

/** The version a database built from this history ends at. */
export function latestSchemaVersion(history: readonly SchemaVersion[] = SCHEMA_HISTORY): number {
  return history.at(-1)?.version ?? 0;
}
