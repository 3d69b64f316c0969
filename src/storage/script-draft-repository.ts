import type { Table } from 'dexie';
import type { Script } from '@/domain/script/script-schema';
import type { CoulissesDatabase } from './database';
import { guardStorage } from './storage-failure';

/** A trainer's script being written: autosaved as it is, valid or not. */
export interface ScriptDraftRecord {
  /** The draft's own id (stable while the script's id is edited). */
  id: string;
  script: Script;
  /** ISO date of the last save. */
  updatedAt: string;
  /** The library script or published version it was started from, if any. */
  origin?: string;
}

/** Reads and writes drafts. A draft may be invalid: the studio shows its findings, never drops it. */
export interface ScriptDraftRepository {
  list(): Promise<ScriptDraftRecord[]>;
  get(id: string): Promise<ScriptDraftRecord | undefined>;
  save(draft: ScriptDraftRecord): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Builds the draft repository over the app database (table added by schema version 4). */
export function createScriptDraftRepository(db: CoulissesDatabase): ScriptDraftRepository {
  const table = (): Table<ScriptDraftRecord, string> => db.table('scriptDrafts');
  return {
    list: () =>
      guardStorage('scriptDrafts.list', () => table().orderBy('updatedAt').reverse().toArray()),
    get: (id) => guardStorage('scriptDrafts.get', () => table().get(id)),
    save: (draft) =>
      guardStorage('scriptDrafts.save', async () => {
        await table().put(draft);
      }),
    remove: (id) => guardStorage('scriptDrafts.remove', () => table().delete(id)),
  };
}
