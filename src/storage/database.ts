import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Profile } from '@/domain/profile/profile';
import type {
  SessionCheckpoint,
  SessionRecord,
  SessionSummary,
  TurnRecord,
} from './session-record';
import type { PackedSessionRow } from './packed-session';
import { applySchemaHistory, SCHEMA_HISTORY, type SchemaVersion } from './schema-history';

export const DATABASE_NAME = 'coulisses';

/** A device-wide setting, stored as one row per key so new settings need no migration. */
export interface PreferenceRecord {
  key: string;
  value: string;
}

export type ProfileRecord = Profile;

/** The app's only IndexedDB database. Everything persistent goes through it. */
export class CoulissesDatabase extends Dexie {
  declare profiles: EntityTable<ProfileRecord, 'id'>;
  declare preferences: EntityTable<PreferenceRecord, 'key'>;
  /** A call going on (or one that could not be packed) as its record; a finished one packed. */
  declare sessions: EntityTable<SessionRecord | PackedSessionRow, 'id'>;
  declare turns: Table<TurnRecord, [string, number]>;
  declare sessionSummaries: EntityTable<SessionSummary, 'id'>;
  declare sessionCheckpoints: EntityTable<SessionCheckpoint, 'id'>;

  constructor(name: string = DATABASE_NAME, history: readonly SchemaVersion[] = SCHEMA_HISTORY) {
    super(name);
    applySchemaHistory(this, history);
  }
}
