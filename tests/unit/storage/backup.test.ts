import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { buildBackup, gateBackup } from '@/domain/review/backup-gate';
import { createAppStorage, type AppStorage } from '@/storage/app-storage';
import { readBackupContent, restoreBackup } from '@/storage/backup-repository';
import { playExampleCall, POLITE_CALL } from '../rehearsal/played-call';
import { storedSession } from '../rehearsal/stored-session';

const storages: AppStorage[] = [];
function freshStorage(): AppStorage {
  const storage = createAppStorage(() => undefined, `backup-test-${storages.length}-${Date.now()}`);
  storages.push(storage);
  return storage;
}

afterEach(async () => {
  for (const { db } of storages.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function filledStorage() {
  const storage = freshStorage();
  await storage.profiles.save({
    id: 'profile-lea',
    displayName: 'Léa Durand',
    role: 'agent',
    createdAt: '2026-11-01T08:00:00.000Z',
  });
  await storage.preferences.write('language', 'en');
  const played = storedSession(playExampleCall(8, 'filage', POLITE_CALL), {
    id: 'call-1',
    startedAt: '2026-11-20T10:00:00.000Z',
  });
  await storage.sessions.saveFinal(played.record, played.turns);
  return storage;
}

const backupText = async (storage: AppStorage) =>
  JSON.stringify(
    buildBackup(
      'u1',
      { id: 'profile-lea', name: 'Léa Durand' },
      new Date('2026-11-21T08:00:00.000Z'),
      (await readBackupContent(storage.db)) as never,
    ),
  );

describe('backup and restore', { timeout: 60_000 }, () => {
  it('export all → wipe → import gives the same data, and a second import adds nothing', async () => {
    const source = await filledStorage();
    const before = await readBackupContent(source.db);
    const gated = gateBackup(await backupText(source));
    if (!gated.ok) throw new Error(JSON.stringify(gated.problems));
    const wiped = freshStorage();
    expect(await restoreBackup(wiped.db, gated.value)).toEqual({ ok: true, fresh: 1, already: 0 });
    expect(await readBackupContent(wiped.db)).toEqual(before);
    expect(before.turns.length).toBeGreaterThan(0);
    // The finished call comes back as the stage writes it: one packed row, no turn rows.
    expect(await wiped.db.sessions.get('call-1')).toMatchObject({ packed: 1 });
    expect(await wiped.db.turns.count()).toBe(0);
    // Restored calls are listed: their summaries are written with them.
    expect(await wiped.db.sessionSummaries.toArray()).toEqual(
      await source.db.sessionSummaries.toArray(),
    );
    expect(await restoreBackup(wiped.db, gated.value)).toEqual({ ok: true, fresh: 0, already: 1 });
  });

  it('writes nothing when a session here has another content', async () => {
    const source = await filledStorage();
    const gated = gateBackup(await backupText(source));
    if (!gated.ok) throw new Error('expected a valid backup');
    const target = freshStorage();
    const changed = {
      ...gated.value,
      profiles: [],
      preferences: [],
      turns: [],
      sessions: gated.value.sessions.map((s) => ({ ...s, seed: 99 })),
    };
    await restoreBackup(target.db, changed);
    expect(await restoreBackup(target.db, gated.value)).toEqual({
      ok: false,
      conflicts: ['call-1'],
    });
    expect(await target.db.profiles.count()).toBe(0);
    expect(await target.db.turns.count()).toBe(0);
  });

  it('refuses an invalid backup whole, with the place', async () => {
    const text = (await backupText(await filledStorage())).replace(
      '"role":"agent"',
      '"role":"boss"',
    );
    const gated = gateBackup(text);
    expect(!gated.ok && gated.problems[0]?.path).toBe('$.profiles[0].role');
  });
});
