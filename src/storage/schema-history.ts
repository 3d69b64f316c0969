import type { Dexie, Transaction } from 'dexie';
import type { SessionSummary } from './session-record';
import { packSession } from './packed-session';
import type { TurnRecord } from './session-record';
import { isStoredSession, rankOf, summaryOf } from './session-summary-record';
import { summaryOfImported, type ImportedSession } from '@/domain/review/imported-session';
import { toBlocks } from './review-blocks';

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
    // Issue 19, leaner writes: a finished call becomes one packed row, its record and transcript
    // together with what they repeated stored once (`packed-session.ts`); its turn rows go.
    // Unfinished calls, damaged rows and any call that would not unpack exactly stay as they are.
    version: 9,
    stores: {},
    upgrade: async (tx) => {
      const sessions = tx.table('sessions');
      const turns = tx.table('turns');
      let last = '';
      for (;;) {
        const slice = (await sessions.where('id').above(last).limit(200).toArray()) as {
          id: string;
        }[];
        if (slice.length === 0) return;
        last = slice.at(-1)?.id ?? last;
        for (const row of slice) {
          if (!isStoredSession(row) || row.status === 'in_progress') continue;
          const rows = (await turns.where('sessionId').equals(row.id).toArray()) as TurnRecord[];
          const packed = packSession(row, rows);
          if (!packed) continue;
          await sessions.put(packed);
          await turns.bulkDelete(rows.map((turn) => [turn.sessionId, turn.index]));
        }
      }
    },
  },
  {
    // Revue (issue 16): each imported session's summary (all but its transcript) beside it, so the
    // team table reads a third of the bytes. Imported sessions themselves are left as they were.
    version: 10,
    stores: {
      reviewSummaries: 'id, agent.id, startedAt',
    },
    upgrade: async (tx) => {
      const summaries = tx.table('reviewSummaries');
      let last = '';
      for (;;) {
        const slice = (await tx
          .table('reviewSessions')
          .where('id')
          .above(last)
          .limit(500)
          .toArray()) as ImportedSession[];
        if (slice.length === 0) return;
        await summaries.bulkPut(slice.map(summaryOfImported));
        last = slice.at(-1)?.id ?? last;
      }
    },
  },
  {
    // Atelier's brand guide and persona drafts (issue 15).
    version: 11,
    stores: {
      documentDrafts: 'id, kind, updatedAt',
    },
  },
  {
    // Atelier's test bench: regression cases saved from test runs, re-run at each publish.
    version: 12,
    stores: { regressionCases: 'id, draftId' },
  },
  {
    // Atelier: published brand guides and personas, numbered per kind and id, append-only.
    version: 13,
    stores: { documentVersions: '[kind+documentId+number], [kind+documentId]' },
  },
  {
    // Revue at a team's scale (issue 16): imported sessions by blocks of one agent's sessions,
    // summaries and transcripts apart (`review-blocks.ts`), instead of a row each twice over:
    // Chromium's cost is per record, and a 10,000-session file took 10 s to write. Every session
    // moves over as it was (the summaries table was derived from them, so nothing is lost).
    version: 14,
    stores: {
      reviewSessions: null,
      reviewSummaries: null,
      reviewBlocks: '++id, agent, first, *ids',
      reviewTranscripts: 'id',
    },
    upgrade: async (tx) => {
      const blocks = tx.table('reviewBlocks');
      const transcripts = tx.table('reviewTranscripts');
      let last = '';
      for (;;) {
        const slice = (await tx
          .table('reviewSessions')
          .where(':id')
          .above(last)
          .limit(500)
          .toArray()) as ImportedSession[];
        if (slice.length === 0) return;
        const made = toBlocks(slice);
        const keys = (await blocks.bulkAdd(
          made.map((block) => block.block),
          { allKeys: true },
        )) as number[];
        await transcripts.bulkAdd(
          made.map((block, at) => ({ id: keys[at], transcripts: block.transcripts })),
        );
        last = slice.at(-1)?.id ?? last;
      }
    },
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
