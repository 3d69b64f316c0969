import type { Dexie, Table } from 'dexie';
import type { ImportedSession, ImportedSummary } from '@/domain/review/imported-session';
import { planImport, type ImportPlan } from '@/domain/review/import-plan';
import type { Calibration } from '@/domain/review/calibration';
import type { ReviewDocument } from '@/domain/review/review-documents';
import type { TrainingPath } from '@/domain/review/training-path';
import {
  byId,
  sessionAt,
  sessionsOf,
  toBlocks,
  withoutPlaces,
  type SessionBlockRow,
  type TranscriptBlockRow,
} from './review-blocks';
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
    if (plan.conflicts.length === 0) await table.bulkAdd(plan.fresh);
    return plan;
  });
}

// Blocks per write request (500 sessions): between two, the page can draw the progress bar.
const BLOCKS_PER_WRITE = 5;

/**
 * Adds the new sessions of one file in one transaction, by blocks (`review-blocks.ts`); writes
 * nothing when an id is held with another content.
 */
function importSessionBlocks(
  db: Dexie,
  blocks: Table<SessionBlockRow, number>,
  transcripts: Table<TranscriptBlockRow, number>,
  documents: ImportedSession[],
  onWritten?: (written: number, total: number) => void,
): Promise<ImportPlan<ImportedSession>> {
  return db.transaction('rw', [blocks, transcripts], async () => {
    // Index keys only first, between the file's lowest and highest id (one agent's file holds
    // one agent's ids): a fresh file reads no block, a known one only the blocks it meets again.
    const ids = documents.map((document) => document.id).sort();
    const first = ids[0];
    const last = ids.at(-1);
    const wanted = new Set(ids);
    const heldIn = new Map<string, number>();
    if (first !== undefined && last !== undefined) {
      await blocks
        .where('ids')
        .between(first, last, true, true)
        .eachKey((id, cursor) => {
          if (wanted.has(String(id))) heldIn.set(String(id), cursor.primaryKey as number);
        });
    }
    const existing = new Map<string, ImportedSession>();
    if (heldIn.size > 0) {
      const keys = [...new Set(heldIn.values())];
      const [rows, texts] = await Promise.all([blocks.bulkGet(keys), transcripts.bulkGet(keys)]);
      rows.forEach((row, at) =>
        row?.ids.forEach((id, place) => {
          if (heldIn.has(id)) existing.set(id, sessionAt(row, texts[at], place));
        }),
      );
    }
    const plan = planImport(documents, existing);
    if (plan.conflicts.length > 0) return plan;
    // Slices in one transaction: all of the file or none of it, and progress in between.
    const made = toBlocks(plan.fresh);
    let written = 0;
    for (let start = 0; start < made.length; start += BLOCKS_PER_WRITE) {
      const slice = made.slice(start, start + BLOCKS_PER_WRITE);
      const keys = await blocks.bulkAdd(
        slice.map((made) => made.block),
        { allKeys: true },
      );
      await transcripts.bulkAdd(
        slice.map((made, at) => ({ id: keys[at] as number, transcripts: made.transcripts })),
      );
      written += slice.reduce((sum, made) => sum + made.block.ids.length, 0);
      onWritten?.(written, plan.fresh.length);
    }
    return plan;
  });
}

/** Builds the review repository over the app database (session tables from schema version 14). */
export function createReviewRepository(db: Dexie): ReviewRepository {
  const blocks = db.table<SessionBlockRow, number>('reviewBlocks');
  const transcripts = db.table<TranscriptBlockRow, number>('reviewTranscripts');
  const withTranscripts = async (rows: SessionBlockRow[]) =>
    sessionsOf(rows, await transcripts.bulkGet(rows.map((row) => row.id as number))).sort(byId);
  const documents = db.table<StoredDocument, string>('reviewDocuments');
  const feedback = documents as unknown as Table<ReviewDocument, string>;
  const ofKind = async <T extends StoredDocument>(kind: T['kind']): Promise<T[]> =>
    (await documents.where('kind').equals(kind).toArray()).filter(
      (document): document is T => document.kind === kind,
    );
  return {
    importSessions: (incoming, onWritten) =>
      guardStorage('review.import', () =>
        importSessionBlocks(db, blocks, transcripts, incoming, onWritten),
      ),
    importDocuments: (incoming) =>
      guardStorage('review.import', () => importAll(db, feedback, incoming)),
    listSessions: () =>
      guardStorage('review.list', async () => withTranscripts(await blocks.toArray())),
    listSummaries: () =>
      guardStorage('review.list', async () =>
        (await blocks.toArray()).flatMap((block) => block.summaries).sort(byId),
      ),
    sessionsOfAgent: (agentId) =>
      guardStorage('review.list', async () =>
        withTranscripts(await blocks.where('agent').equals(agentId).toArray()),
      ),
    getSession: (id) =>
      guardStorage('review.read', async () => {
        const block = await blocks.where('ids').equals(id).first();
        if (!block) return null;
        return sessionAt(block, await transcripts.get(block.id as number), block.ids.indexOf(id));
      }),
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
        // Only blocks holding a session that old are read, and of them only the summaries.
        const due = (await blocks.where('first').below(before).toArray())
          .flatMap((block) => block.summaries)
          .filter((summary) => summary.startedAt < before)
          .map(({ id, startedAt }) => ({ id, startedAt }));
        return due.sort((a, b) =>
          a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : byId(a, b),
        );
      }),
    removeSessions: (ids) =>
      guardStorage('review.remove', () =>
        db.transaction('rw', [blocks, transcripts, documents], async () => {
          const unique = new Set(ids);
          const keys = [
            ...new Set(
              await blocks
                .where('ids')
                .anyOf([...unique])
                .primaryKeys(),
            ),
          ];
          const [rows, texts] = await Promise.all([
            blocks.bulkGet(keys),
            transcripts.bulkGet(keys),
          ]);
          let removed = 0;
          for (const [at, row] of rows.entries()) {
            if (!row) continue;
            const key = row.id as number;
            const left = withoutPlaces(row, texts[at]?.transcripts ?? [], (id) => !unique.has(id));
            removed += row.ids.length - (left?.block.ids.length ?? 0);
            if (left) {
              await blocks.put({ ...left.block, id: key });
              await transcripts.put({ id: key, transcripts: left.transcripts });
            } else {
              await blocks.delete(key);
              await transcripts.delete(key);
            }
          }
          await Promise.all(
            [...unique].map((id) => documents.where('session').equals(id).delete()),
          );
          return removed;
        }),
      ),
  };
}
