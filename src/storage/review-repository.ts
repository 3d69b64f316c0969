import type { Dexie, Table } from 'dexie';
import {
  summaryOfImported,
  type ImportedSession,
  type ImportedSummary,
} from '@/domain/review/imported-session';
import { planImport, type ImportPlan } from '@/domain/review/import-plan';
import type { Calibration } from '@/domain/review/calibration';
import type { ReviewDocument } from '@/domain/review/review-documents';
import type { TrainingPath } from '@/domain/review/training-path';
import { guardStorage } from './storage-failure';

/** Revue's storage: imported sessions (read-only once in) and append-only review documents. */
export interface ReviewRepository {
  /**
   * Adds the new sessions of one file in one transaction; writes nothing when any id is already
   * held with a different content (the plan's `conflicts` say which).
   */
  importSessions(
    documents: ImportedSession[],
    onWritten?: (written: number, total: number) => void,
  ): Promise<ImportPlan<ImportedSession>>;
  /** The same rule for review documents (feedback, responses). */
  importDocuments(documents: ReviewDocument[]): Promise<ImportPlan<ReviewDocument>>;
  listSessions(): Promise<ImportedSession[]>;
  /** Every imported session without its transcript: what the team table and lists need. */
  listSummaries(): Promise<ImportedSummary[]>;
  /** One agent's sessions, transcripts included (their page, its coverage map). */
  sessionsOfAgent(agentId: string): Promise<ImportedSession[]>;
  getSession(id: string): Promise<ImportedSession | null>;
  documentsOf(sessionIds: string[]): Promise<ReviewDocument[]>;
  allDocuments(): Promise<ReviewDocument[]>;
  /** Appends one document the user just wrote (its id is new). */
  append(document: ReviewDocument): Promise<void>;
  /** Every lead's blind scores (kept apart: they never reach feedback or results). */
  calibrations(): Promise<Calibration[]>;
  appendCalibration(document: Calibration): Promise<void>;
  /** Parcours composed here (a lead) or imported (an agent); the same id twice is a no-op. */
  paths(): Promise<TrainingPath[]>;
  importPath(document: TrainingPath): Promise<ImportPlan<TrainingPath>>;
  /** Ids of the imported sessions that started before `before` (ISO), oldest first: keys only. */
  sessionsStartedBefore(before: string): Promise<{ id: string; startedAt: string }[]>;
  /**
   * Deletes these session documents and every document about them (notes, adjustments,
   * verdicts, responses, calibrations) in one transaction. Resolves to how many sessions went.
   */
  removeSessions(ids: readonly string[]): Promise<number>;
}

/** Everything the reviewDocuments table holds, told apart by `kind` (an indexed field). */
type StoredDocument = ReviewDocument | Calibration | TrainingPath;

// Notes, adjustments, verdicts and responses: what a session's review and a feedback file hold.
const FEEDBACK_KINDS = new Set<string>(['note', 'adjustment', 'verdict', 'response']);
const isFeedback = (document: StoredDocument): document is ReviewDocument =>
  FEEDBACK_KINDS.has(document.kind);

// Rows per write request: between two, the page can draw the progress bar.
const WRITE_SLICE = 500;

async function importAll<T extends { id: string }>(
  db: Dexie,
  table: Table<T, string>,
  documents: T[],
  extra?: { table: Table<unknown, string>; rowOf: (document: T) => unknown },
  onWritten?: (written: number, total: number) => void,
): Promise<ImportPlan<T>> {
  const tables = extra ? [table, extra.table] : [table];
  return db.transaction('rw', tables, async () => {
    // Keys only first, between the file's lowest and highest id (one agent's file holds one
    // agent's ids): a fresh file reads no record, a known one reads just what it meets again.
    const ids = documents.map((document) => document.id).sort();
    const first = ids[0];
    const last = ids.at(-1);
    const keys =
      first === undefined || last === undefined
        ? new Set<string>()
        : new Set(await table.where(':id').between(first, last, true, true).primaryKeys());
    const heldIds = ids.filter((id) => keys.has(id));
    const existing = new Map<string, T>();
    for (const document of await table.bulkGet(heldIds))
      if (document) existing.set(document.id, document);
    const plan = planImport(documents, existing);
    if (plan.conflicts.length > 0) return plan;
    // Slices in one transaction: all of the file or none of it, and progress in between.
    for (let start = 0; start < plan.fresh.length; start += WRITE_SLICE) {
      const slice = plan.fresh.slice(start, start + WRITE_SLICE);
      await table.bulkAdd(slice);
      if (extra) await extra.table.bulkAdd(slice.map(extra.rowOf));
      onWritten?.(start + slice.length, plan.fresh.length);
    }
    return plan;
  });
}

/** Builds the review repository over the app database (tables from schema version 5). */
export function createReviewRepository(db: Dexie): ReviewRepository {
  const sessions = db.table<ImportedSession, string>('reviewSessions');
  const summaries = db.table<ImportedSummary, string>('reviewSummaries');
  const withSummaries = {
    table: summaries as Table<unknown, string>,
    rowOf: (session: ImportedSession) => summaryOfImported(session),
  };
  const documents = db.table<StoredDocument, string>('reviewDocuments');
  const feedback = documents as unknown as Table<ReviewDocument, string>;
  const ofKind = async <T extends StoredDocument>(kind: T['kind']): Promise<T[]> =>
    (await documents.where('kind').equals(kind).toArray()).filter(
      (document): document is T => document.kind === kind,
    );
  return {
    importSessions: (incoming, onWritten) =>
      guardStorage('review.import', () =>
        importAll(db, sessions, incoming, withSummaries, onWritten),
      ),
    importDocuments: (incoming) =>
      guardStorage('review.import', () => importAll(db, feedback, incoming)),
    listSessions: () => guardStorage('review.list', () => sessions.toArray()),
    listSummaries: () => guardStorage('review.list', () => summaries.toArray()),
    sessionsOfAgent: (agentId) =>
      guardStorage('review.list', () => sessions.where('agent.id').equals(agentId).toArray()),
    getSession: (id) => guardStorage('review.read', async () => (await sessions.get(id)) ?? null),
    documentsOf: (sessionIds) =>
      guardStorage('review.read', async () =>
        (await documents.where('session').anyOf(sessionIds).toArray()).filter(isFeedback),
      ),
    allDocuments: () =>
      guardStorage('review.read', async () => (await documents.toArray()).filter(isFeedback)),
    append: (document) =>
      guardStorage('review.save', async () => {
        await documents.add(document);
      }),
    calibrations: () => guardStorage('review.read', () => ofKind<Calibration>('calibration')),
    appendCalibration: (document) =>
      guardStorage('review.save', async () => {
        await documents.add(document);
      }),
    paths: () => guardStorage('review.read', () => ofKind<TrainingPath>('parcours')),
    importPath: (document) =>
      guardStorage('review.import', () =>
        importAll(db, documents as unknown as Table<TrainingPath, string>, [document]),
      ),
    sessionsStartedBefore: (before) =>
      guardStorage('review.read', async () => {
        const found: { id: string; startedAt: string }[] = [];
        // The index's keys and primary keys only: the transcripts are never read.
        await sessions
          .where('startedAt')
          .below(before)
          .eachKey((startedAt, cursor) => {
            found.push({ id: String(cursor.primaryKey), startedAt: String(startedAt) });
          });
        return found;
      }),
    removeSessions: (ids) =>
      guardStorage('review.remove', () =>
        db.transaction('rw', [sessions, summaries, documents], async () => {
          const unique = [...new Set(ids)];
          const held = (await sessions.bulkGet(unique)).filter(Boolean).length;
          await Promise.all(unique.map((id) => documents.where('session').equals(id).delete()));
          await sessions.bulkDelete(unique);
          await summaries.bulkDelete(unique);
          return held;
        }),
      ),
  };
}
