import type { Dexie, Table } from 'dexie';
import type { ImportedSession } from '@/domain/review/imported-session';
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
  importSessions(documents: ImportedSession[]): Promise<ImportPlan<ImportedSession>>;
  /** The same rule for review documents (feedback, responses). */
  importDocuments(documents: ReviewDocument[]): Promise<ImportPlan<ReviewDocument>>;
  listSessions(): Promise<ImportedSession[]>;
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

async function importAll<T extends { id: string }>(
  db: Dexie,
  table: Table<T, string>,
  documents: T[],
): Promise<ImportPlan<T>> {
  return db.transaction('rw', table, async () => {
    const held = await table.bulkGet(documents.map((document) => document.id));
    const existing = new Map<string, T>();
    for (const document of held) if (document) existing.set(document.id, document);
    const plan = planImport(documents, existing);
    if (plan.conflicts.length === 0 && plan.fresh.length > 0) await table.bulkAdd(plan.fresh);
    return plan;
  });
}

/** Builds the review repository over the app database (tables from schema version 5). */
export function createReviewRepository(db: Dexie): ReviewRepository {
  const sessions = db.table<ImportedSession, string>('reviewSessions');
  const documents = db.table<StoredDocument, string>('reviewDocuments');
  const feedback = documents as unknown as Table<ReviewDocument, string>;
  const ofKind = async <T extends StoredDocument>(kind: T['kind']): Promise<T[]> =>
    (await documents.where('kind').equals(kind).toArray()).filter(
      (document): document is T => document.kind === kind,
    );
  return {
    importSessions: (incoming) =>
      guardStorage('review.import', () => importAll(db, sessions, incoming)),
    importDocuments: (incoming) =>
      guardStorage('review.import', () => importAll(db, feedback, incoming)),
    listSessions: () => guardStorage('review.list', () => sessions.toArray()),
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
        db.transaction('rw', [sessions, documents], async () => {
          const unique = [...new Set(ids)];
          const held = (await sessions.bulkGet(unique)).filter(Boolean).length;
          await Promise.all(unique.map((id) => documents.where('session').equals(id).delete()));
          await sessions.bulkDelete(unique);
          return held;
        }),
      ),
  };
}
