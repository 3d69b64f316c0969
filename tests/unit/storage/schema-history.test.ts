import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { CoulissesDatabase } from '@/storage/database';
import {
  applySchemaHistory,
  latestSchemaVersion,
  SCHEMA_HISTORY,
  type SchemaVersion,
} from '@/storage/schema-history';

const opened: Dexie[] = [];
let counter = 0;
function uniqueName() {
  counter += 1;
  return `schema-test-${counter}-${Date.now()}`;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('schema history', () => {
  it('opens at the latest version with the declared tables', async () => {
    const db = new CoulissesDatabase(uniqueName());
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(latestSchemaVersion());
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      'documentDrafts',
      'documentVersions',
      'preferences',
      'profiles',
      'regressionCases',
      'reviewBlocks',
      'reviewDocuments',
      'reviewTranscripts',
      'scriptDrafts',
      'scriptVersions',
      'sessionCheckpoints',
      'sessionSummaries',
      'sessions',
      'syncAccounts',
      'syncInbox',
      'syncOutbox',
      'turns',
    ]);
  });

  it('opens a version-1 database at version 2 with its profiles and preferences intact', async () => {
    const name = uniqueName();
    const v1 = new Dexie(name);
    applySchemaHistory(v1, SCHEMA_HISTORY.slice(0, 1));
    await v1.table('profiles').put({
      id: 'p1',
      displayName: 'Léa',
      role: 'agent',
      createdAt: '2026-01-01',
    });
    await v1.table('preferences').put({ key: 'language', value: 'en' });
    expect(v1.verno).toBe(1);
    v1.close();

    const v2 = new CoulissesDatabase(name);
    opened.push(v2);
    await v2.open();
    expect(v2.verno).toBe(latestSchemaVersion());
    expect(await v2.profiles.toArray()).toEqual([
      { id: 'p1', displayName: 'Léa', role: 'agent', createdAt: '2026-01-01' },
    ]);
    expect(await v2.preferences.get('language')).toEqual({ key: 'language', value: 'en' });
    expect(await v2.sessions.count()).toBe(0);
    expect(await v2.turns.where('sessionId').equals('none').count()).toBe(0);
  });

  it('upgrades data written by an older version through the next version’s upgrade', async () => {
    const name = uniqueName();
    const v1 = new CoulissesDatabase(name, SCHEMA_HISTORY);
    await v1.profiles.put({ id: 'p1', displayName: 'Léa', role: 'agent', createdAt: '2026-01-01' });
    v1.close();

    // A hypothetical next release that splits the display name: the mechanism every real
    // migration will use.
    const next: SchemaVersion[] = [
      ...SCHEMA_HISTORY,
      {
        version: latestSchemaVersion() + 1,
        stores: { profiles: 'id, createdAt, initials' },
        upgrade: async (tx) => {
          await tx
            .table('profiles')
            .toCollection()
            .modify((row: { displayName: string; initials?: string }) => {
              row.initials = row.displayName.slice(0, 1);
            });
        },
      },
    ];
    const v2 = new Dexie(name);
    applySchemaHistory(v2, next);
    opened.push(v2);
    const rows = await v2.table('profiles').toArray();
    expect(rows).toEqual([
      { id: 'p1', displayName: 'Léa', role: 'agent', createdAt: '2026-01-01', initials: 'L' },
    ]);
    expect(await v2.table('profiles').where('initials').equals('L').count()).toBe(1);
  });

  it('refuses a history that does not move forward', () => {
    const db = new Dexie(uniqueName());
    expect(() =>
      applySchemaHistory(db, [
        { version: 2, stores: { a: 'id' } },
        { version: 2, stores: { a: 'id, b' } },
      ]),
    ).toThrow(/must increase/);
  });
});
