import type { Table } from 'dexie';
import type { Script } from '@/domain/script/script-schema';
import type { CoulissesDatabase } from './database';
import { guardStorage } from './storage-failure';

/** A published script version: immutable once written, numbered 1, 2, 3… per script id. */
export interface ScriptVersionRecord {
  scriptId: string;
  number: number;
  script: Script;
  author: string;
  /** ISO date of publication. */
  publishedAt: string;
  note: string;
}

/** What a publication says besides the script. */
export interface Publication {
  script: Script;
  author: string;
  note: string;
  publishedAt: string;
}

/** Published versions: append-only (no update, no delete), read by the studio and the catalogue. */
export interface ScriptVersionRepository {
  listAll(): Promise<ScriptVersionRecord[]>;
  listFor(scriptId: string): Promise<ScriptVersionRecord[]>;
  /** Adds the next numbered version of the script; its `version` field is set to `N.0.0`. */
  publish(publication: Publication): Promise<ScriptVersionRecord>;
}

/** The newest version of each script id. */
export function latestVersions(records: readonly ScriptVersionRecord[]): ScriptVersionRecord[] {
  const latest = new Map<string, ScriptVersionRecord>();
  for (const record of records) {
    const known = latest.get(record.scriptId);
    if (!known || known.number < record.number) latest.set(record.scriptId, record);
  }
  return [...latest.values()];
}

/** Builds the version repository over the app database (table added by schema version 4). */
export function createScriptVersionRepository(db: CoulissesDatabase): ScriptVersionRepository {
  const table = (): Table<ScriptVersionRecord, [string, number]> => db.table('scriptVersions');
  const listFor = (scriptId: string) => table().where('scriptId').equals(scriptId).sortBy('number');
  return {
    listAll: () => guardStorage('scriptVersions.list', () => table().toArray()),
    listFor: (scriptId) => guardStorage('scriptVersions.list', () => listFor(scriptId)),
    publish: ({ script, author, note, publishedAt }) =>
      guardStorage('scriptVersions.publish', () =>
        // Numbering and writing in one transaction: two tabs publishing cannot share a number,
        // and `add` (never `put`) refuses to overwrite a published version.
        db.transaction('rw', table(), async () => {
          const last = (await listFor(script.id)).at(-1)?.number ?? 0;
          const number = last + 1;
          const record: ScriptVersionRecord = {
            scriptId: script.id,
            number,
            script: { ...script, version: `${number}.0.0` },
            author,
            publishedAt,
            note,
          };
          await table().add(record);
          return record;
        }),
      ),
  };
}
