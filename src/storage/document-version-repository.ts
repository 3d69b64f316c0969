import type { Table } from 'dexie';
import type { BrandGuide } from '@/domain/script/brand-guide-schema';
import type { Persona } from '@/domain/script/persona-schema';
import type { CoulissesDatabase } from './database';
import { guardStorage } from './storage-failure';

/** A published brand guide or persona: immutable once written, numbered 1, 2, 3… per kind and id. */
export type DocumentVersionRecord =
  VersionOf<'brand-guide', BrandGuide> | VersionOf<'persona', Persona>;

interface VersionOf<K extends string, D> {
  kind: K;
  documentId: string;
  number: number;
  document: D;
  author: string;
  /** ISO date of publication. */
  publishedAt: string;
  note: string;
}

/** What a publication says besides the document. */
export type DocumentPublication = Pick<
  DocumentVersionRecord,
  'kind' | 'document' | 'author' | 'note' | 'publishedAt'
>;

/** Published brands and personas: append-only, like script versions. */
export interface DocumentVersionRepository {
  listAll(): Promise<DocumentVersionRecord[]>;
  listFor(
    kind: DocumentVersionRecord['kind'],
    documentId: string,
  ): Promise<DocumentVersionRecord[]>;
  /** Adds the next numbered version (brands and personas have no `version` field of their own). */
  publish(publication: DocumentPublication): Promise<DocumentVersionRecord>;
}

/** The newest version of each kind and id. */
export function latestDocumentVersions(
  records: readonly DocumentVersionRecord[],
): DocumentVersionRecord[] {
  const latest = new Map<string, DocumentVersionRecord>();
  for (const record of records) {
    const key = `${record.kind}:${record.documentId}`;
    const known = latest.get(key);
    if (!known || known.number < record.number) latest.set(key, record);
  }
  return [...latest.values()];
}

/** Builds the repository over the app database (table added by schema version 13). */
export function createDocumentVersionRepository(db: CoulissesDatabase): DocumentVersionRepository {
  const table = (): Table<DocumentVersionRecord, [string, string, number]> =>
    db.table('documentVersions');
  const listFor = (kind: string, documentId: string) =>
    table().where('[kind+documentId]').equals([kind, documentId]).sortBy('number');
  return {
    listAll: () => guardStorage('documentVersions.list', () => table().toArray()),
    listFor: (kind, documentId) =>
      guardStorage('documentVersions.list', () => listFor(kind, documentId)),
    publish: (publication) =>
      guardStorage('documentVersions.publish', () =>
        // One transaction, and `add` (never `put`): two tabs cannot share a number or overwrite.
        db.transaction('rw', table(), async () => {
          const documentId = publication.document.id;
          const last = (await listFor(publication.kind, documentId)).at(-1)?.number ?? 0;
          const number = last + 1;
          const record = { ...publication, documentId, number } as DocumentVersionRecord;
          await table().add(record);
          return record;
        }),
      ),
  };
}
