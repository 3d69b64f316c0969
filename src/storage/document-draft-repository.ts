import type { Table } from 'dexie';
import type { BrandGuide } from '@/domain/script/brand-guide-schema';
import type { Persona } from '@/domain/script/persona-schema';
import type { CoulissesDatabase } from './database';
import { guardStorage } from './storage-failure';

/** A brand guide or persona being written in Atelier: autosaved as it is, valid or not. */
export type DocumentDraftRecord = DraftOf<'brand-guide', BrandGuide> | DraftOf<'persona', Persona>;

interface DraftOf<K extends string, D> {
  /** The draft's own id (stable while the document's id is edited). */
  id: string;
  kind: K;
  document: D;
  /** ISO date of the last save. */
  updatedAt: string;
  /** The library document it was started from, if any (`library:<id>`). */
  origin?: string;
}

/** Reads and writes brand and persona drafts, the way the script drafts repository does. */
export interface DocumentDraftRepository {
  list(): Promise<DocumentDraftRecord[]>;
  get(id: string): Promise<DocumentDraftRecord | undefined>;
  save(draft: DocumentDraftRecord): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Builds the repository over the app database (table added by schema version 11). */
export function createDocumentDraftRepository(db: CoulissesDatabase): DocumentDraftRepository {
  const table = (): Table<DocumentDraftRecord, string> => db.table('documentDrafts');
  return {
    list: () =>
      guardStorage('documentDrafts.list', () => table().orderBy('updatedAt').reverse().toArray()),
    get: (id) => guardStorage('documentDrafts.get', () => table().get(id)),
    save: (draft) =>
      guardStorage('documentDrafts.save', async () => {
        await table().put(draft);
      }),
    remove: (id) => guardStorage('documentDrafts.remove', () => table().delete(id)),
  };
}
