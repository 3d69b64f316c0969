import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { createActor } from 'xstate';
import { afterEach, describe, expect, it } from 'vitest';
import { sessionMachine } from '@/domain/session/session-machine';
import type { SessionConfig } from '@/domain/session/session.types';
import { buildExportBundle } from '@/features/rehearsal/history/export-bundle';
import { machineStateOf, restoreSnapshot } from '@/features/rehearsal/session/engine-snapshot';
import { createAppStorage, openAppStorage, type AppStorage } from '@/storage/app-storage';
import { readBackupContent } from '@/storage/backup-repository';
import { applySchemaHistory, latestSchemaVersion, SCHEMA_HISTORY } from '@/storage/schema-history';
import { checkpointOf, summaryOf } from '@/storage/session-summary-record';
import {
  exampleBrand,
  exampleScript,
  libraryDocument,
  realDeps,
} from '../domain/session/session-fixtures';
import { playExampleCall, POLITE_CALL, politeCall, RUDE_CALL } from '../rehearsal/played-call';
import { storedSession } from '../rehearsal/stored-session';

const names: string[] = [];
const storages: AppStorage[] = [];
afterEach(async () => {
  for (const { db } of storages.splice(0)) db.close();
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const PROFILE = { id: 'profile-lea', displayName: 'Léa Fontaine', role: 'agent' as const };
const finished = storedSession(playExampleCall(8, 'filage', POLITE_CALL), {
  id: 'finished',
  startedAt: '2026-10-01T09:00:00.000Z',
});
const unfinished = storedSession(playExampleCall(9, 'repetition', politeCall(2)), {
  id: 'unfinished',
  startedAt: '2026-10-02T09:00:00.000Z',
});
// Newer than `finished`, same script, scored lower: the catalogue's last but not its best.
const rude = storedSession(playExampleCall(8, 'filage', RUDE_CALL), {
  id: 'rude',
  startedAt: '2026-10-03T09:00:00.000Z',
});

/** A database as today's build (schema 6) leaves it: records and turns written as it writes them. */
async function version6Database(): Promise<string> {
  const name = `migration-${names.length}-${Date.now()}`;
  names.push(name);
  const v6 = new Dexie(name);
  applySchemaHistory(
    v6,
    SCHEMA_HISTORY.filter((step) => step.version <= 6),
  );
  for (const { record, turns } of [finished, unfinished]) {
    await v6.table('sessions').put(record);
    await v6.table('turns').bulkPut(turns);
  }
  // A damaged row: skipped by the history before and after, and left where it was.
  await v6.table('sessions').put({ id: 'damaged', profileId: 'profile-lea' });
  expect(v6.verno).toBe(6);
  v6.close();
  return name;
}

async function upgraded(name: string): Promise<AppStorage> {
  const storage = createAppStorage(() => undefined, name);
  storages.push(storage);
  await openAppStorage(storage);
  expect(storage.db.verno).toBe(latestSchemaVersion());
  return storage;
}

/**
 * A database as today's build (schema 7) leaves it: records, turns and summaries without a rank,
 * and a checkpoint beside the unfinished call.
 */
async function version7Database(): Promise<string> {
  const name = `migration-${names.length}-${Date.now()}`;
  names.push(name);
  const v7 = new Dexie(name);
  applySchemaHistory(
    v7,
    SCHEMA_HISTORY.filter((step) => step.version <= 7),
  );
  for (const { record, turns } of [finished, unfinished, rude]) {
    await v7.table('sessions').put(record);
    await v7.table('turns').bulkPut(turns);
    const { rank, ...summary } = summaryOf(record);
    expect(rank === undefined).toBe(record.status !== 'ended');
    await v7.table('sessionSummaries').put(summary);
  }
  await v7.table('sessionCheckpoints').put(checkpointOf(unfinished.record));
  expect(v7.verno).toBe(7);
  v7.close();
  return name;
}

const config = (seed: number, mode: SessionConfig['mode']): SessionConfig => ({
  script: exampleScript(),
  persona: libraryDocument('persona', 'remi-garnier-presse'),
  brand: exampleBrand(),
  mode,
  seed,
});

describe('schema 7 migration', () => {
  it('writes a summary for every stored session and loses nothing', async () => {
    const storage = await upgraded(await version6Database());
    const { summaries } = storage;
    expect(await summaries.ids({ profileId: 'profile-lea' })).toEqual(['unfinished', 'finished']);
    const [last, first] = await summaries.get(['unfinished', 'finished']);
    const card = finished.record.scoreCard;
    expect(card).toBeTruthy();
    expect(first).toEqual({
      id: 'finished',
      profileId: 'profile-lea',
      startedAt: '2026-10-01T09:00:00.000Z',
      scriptId: finished.record.scriptId,
      scriptTitle: finished.record.scriptTitle,
      language: 'fr',
      personaId: 'remi-garnier-presse',
      mode: 'filage',
      status: 'ended',
      success: true,
      elapsedSeconds: 95,
      exported: 0,
      scores: {
        language: 'fr',
        overall: card?.overall.score,
        outOf20: card?.overall.outOf20,
        grade: card?.overall.grade,
        label: card?.overall.label,
        brandTone: card?.brandTone,
        recovery: card?.recovery,
        compliant: card?.compliance.passed,
      },
      rank: card?.overall.score,
    });
    expect(last).toMatchObject({ id: 'unfinished', status: 'in_progress', scores: null });
    expect(await summaries.neverExported('profile-lea')).toBe(2);
    expect(await summaries.ids({ profileId: 'profile-lea', mode: 'repetition' })).toEqual([
      'unfinished',
    ]);
    // Every row of the old tables is still there, byte for byte.
    expect(await storage.db.sessions.get('damaged')).toEqual({
      id: 'damaged',
      profileId: 'profile-lea',
    });
    // Every turn is still there: the unfinished call's in their rows, the finished call's in its
    // packed row since schema 9.
    expect(await storage.sessions.turnsOf(['finished', 'unfinished'])).toEqual([
      ...finished.turns,
      ...unfinished.turns,
    ]);
  });

  it('opens, resumes and exports a session stored by today’s build unchanged', async () => {
    const name = await version6Database();
    const storage = await upgraded(name);
    for (const before of [finished, unfinished]) {
      const after = await storage.sessions.get(before.record.id);
      expect(after).toEqual(before);
    }
    const now = new Date('2026-11-01T12:00:00.000Z');
    const exported = buildExportBundle(
      PROFILE,
      await storage.sessions.listByProfile('profile-lea'),
      await storage.sessions.turnsOf(['finished', 'unfinished']),
      now,
    );
    expect(exported).toEqual(
      buildExportBundle(
        PROFILE,
        [unfinished.record, finished.record],
        [...finished.turns, ...unfinished.turns],
        now,
      ),
    );

    // The unfinished call resumes from the migrated rows to the same call as from the originals.
    const resume = async (source: typeof unfinished) => {
      const cfg = config(9, 'repetition');
      const deps = realDeps(cfg.brand);
      const actor = createActor(sessionMachine, {
        snapshot: restoreSnapshot(source.record, source.turns, cfg, deps),
        input: { config: cfg, deps },
      }).start();
      actor.send({ type: 'AGENT_LINE', text: 'Je récapitule : le prélèvement passera le 15.' });
      const snapshot = actor.getSnapshot();
      actor.stop();
      return { state: machineStateOf(snapshot), transcript: snapshot.context.session.transcript };
    };
    const migrated = await storage.sessions.get('unfinished');
    expect(migrated).not.toBeNull();
    if (migrated) expect(await resume(migrated)).toEqual(await resume(unfinished));
  });

  it('writes a turn of a stored call as turns and a checkpoint, not the record again', async () => {
    const storage = await upgraded(await version6Database());
    const before = await storage.db.sessions.get('unfinished');
    const next = {
      ...unfinished.record,
      elapsedSeconds: 120,
      updatedAt: '2026-10-02T09:02:00.000Z',
    };
    await storage.sessions.saveProgress(next, []);
    expect(await storage.db.sessions.get('unfinished')).toEqual(before);
    expect(await storage.db.sessionCheckpoints.get('unfinished')).toMatchObject({
      elapsedSeconds: 120,
    });
    expect((await storage.sessions.get('unfinished'))?.record).toEqual(next);
    // The end of the call writes the whole record, and the checkpoint has nothing newer.
    const ended = { ...next, status: 'abandoned' as const };
    await storage.sessions.saveFinal(ended, []);
    expect(await storage.db.sessionCheckpoints.get('unfinished')).toBeUndefined();
    expect((await storage.sessions.get('unfinished'))?.record).toEqual(ended);
    expect((await storage.summaries.get(['unfinished']))[0]?.status).toBe('abandoned');
  });
});

describe('schema 8 migration', () => {
  it('ranks every finished call for the catalogue and loses nothing', async () => {
    const storage = await upgraded(await version7Database());
    const [first, last, open] = await storage.summaries.get(['finished', 'rude', 'unfinished']);
    expect(first?.rank).toBe(finished.record.scoreCard?.overall.score);
    expect(last?.rank).toBe(rude.record.scoreCard?.overall.score);
    expect(first?.rank).toBeGreaterThan(last?.rank ?? Infinity);
    expect(open).not.toHaveProperty('rank');
    const results = await storage.summaries.scriptResults('profile-lea');
    expect([...results.keys()]).toEqual([finished.record.scriptId]);
    expect(results.get(finished.record.scriptId)).toMatchObject({
      last: { id: 'rude' },
      best: { id: 'finished' },
    });
    expect((await storage.sessions.unfinished('profile-lea')).map((row) => row.id)).toEqual([
      'unfinished',
    ]);
  });

  it('opens, resumes and exports a session stored by today’s build unchanged', async () => {
    const storage = await upgraded(await version7Database());
    for (const before of [finished, unfinished, rude]) {
      expect(await storage.sessions.get(before.record.id)).toEqual(before);
    }
    const now = new Date('2026-11-01T12:00:00.000Z');
    expect(
      buildExportBundle(
        PROFILE,
        await storage.sessions.listByProfile('profile-lea'),
        await storage.sessions.turnsOf(['finished', 'unfinished', 'rude']),
        now,
      ),
    ).toEqual(
      buildExportBundle(
        PROFILE,
        [rude.record, unfinished.record, finished.record],
        [...finished.turns, ...rude.turns, ...unfinished.turns],
        now,
      ),
    );
    const resumed = await storage.sessions.get('unfinished');
    const cfg = config(9, 'repetition');
    const deps = realDeps(cfg.brand);
    const actor = createActor(sessionMachine, {
      snapshot: resumed ? restoreSnapshot(resumed.record, resumed.turns, cfg, deps) : undefined,
      input: { config: cfg, deps },
    }).start();
    expect(machineStateOf(actor.getSnapshot())).toBe(unfinished.record.machineState);
    actor.stop();
  });
});

// Exported once: the one field written to a finished call after its end stays writable.
const exported = {
  record: {
    ...rude.record,
    id: 'exported',
    startedAt: '2026-10-04T09:00:00.000Z',
    exportedAt: '2026-10-05T09:00:00.000Z',
  },
  turns: rude.turns.map((row) => ({ ...row, sessionId: 'exported' })),
};
const abandoned = storedSession(playExampleCall(9, 'repetition', politeCall(2)), {
  id: 'abandoned',
  startedAt: '2026-09-30T09:00:00.000Z',
});
abandoned.record = { ...abandoned.record, status: 'abandoned', machineState: 'ended' };
const TODAY = [finished, unfinished, rude, exported, abandoned];

/**
 * A database as today's build (schema 8) leaves it: each call's record and its turn rows, its
 * ranked summary, a checkpoint beside the unfinished call, and a damaged row.
 */
async function version8Database(): Promise<string> {
  const name = `migration-${names.length}-${Date.now()}`;
  names.push(name);
  const v8 = new Dexie(name);
  applySchemaHistory(
    v8,
    SCHEMA_HISTORY.filter((step) => step.version <= 8),
  );
  for (const { record, turns } of TODAY) {
    await v8.table('sessions').put(record);
    await v8.table('turns').bulkPut(turns);
    await v8.table('sessionSummaries').put(summaryOf(record));
  }
  await v8.table('sessionCheckpoints').put(checkpointOf(unfinished.record));
  await v8.table('sessions').put({ id: 'damaged', profileId: 'profile-lea' });
  expect(v8.verno).toBe(8);
  v8.close();
  return name;
}

const size = (rows: unknown[]) =>
  rows.reduce<number>((sum, row) => sum + JSON.stringify(row).length, 0);

describe('schema 9 migration', () => {
  it('packs each finished call into one row, smaller, and loses nothing', async () => {
    const name = await version8Database();
    const storage = await upgraded(name);
    const { db } = storage;
    for (const { record, turns } of [finished, rude, exported, abandoned]) {
      const row = await db.sessions.get(record.id);
      expect(row).toMatchObject({ id: record.id, packed: 1, exportedAt: record.exportedAt });
      expect(await db.turns.where('sessionId').equals(record.id).count()).toBe(0);
      expect(size([row])).toBeLessThan(0.6 * size([record, ...turns]));
    }
    // The unfinished call, its checkpoint and the damaged row are as they were.
    expect(await db.sessions.get('unfinished')).toEqual(unfinished.record);
    expect(await db.turns.where('sessionId').equals('unfinished').toArray()).toEqual(
      unfinished.turns,
    );
    expect(await db.sessionCheckpoints.get('unfinished')).toEqual(checkpointOf(unfinished.record));
    expect(await db.sessions.get('damaged')).toEqual({ id: 'damaged', profileId: 'profile-lea' });
    // Summaries were not touched: the history and the catalogue read the same.
    for (const { record } of TODAY) {
      expect((await storage.summaries.get([record.id]))[0]).toEqual(summaryOf(record));
    }
    // A backup holds the same records and turns as before the migration.
    const backup = await readBackupContent(db);
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(backup.sessions.sort(byId)).toEqual(
      [...TODAY.map((call) => call.record), { id: 'damaged', profileId: 'profile-lea' }].sort(byId),
    );
    expect(backup.turns.length).toBe(TODAY.reduce((sum, call) => sum + call.turns.length, 0));
    expect(backup.turns).toEqual(expect.arrayContaining(TODAY.flatMap((call) => call.turns)));
  });

  it('opens, resumes and exports a session stored by today’s build unchanged', async () => {
    const storage = await upgraded(await version8Database());
    for (const before of TODAY) {
      const after = await storage.sessions.get(before.record.id);
      expect(after).toEqual(before);
      // Byte for byte, field order included: a file written from it is the same file.
      expect(JSON.stringify(after)).toBe(JSON.stringify(before));
    }
    const ids = TODAY.map((call) => call.record.id);
    const now = new Date('2026-11-01T12:00:00.000Z');
    const bundle = buildExportBundle(
      PROFILE,
      await storage.sessions.listByProfile('profile-lea'),
      await storage.sessions.turnsOf(ids),
      now,
    );
    const newestFirst = [...TODAY].sort((a, b) =>
      b.record.startedAt.localeCompare(a.record.startedAt),
    );
    expect(JSON.stringify(bundle)).toBe(
      JSON.stringify(
        buildExportBundle(
          PROFILE,
          newestFirst.map((call) => call.record),
          TODAY.flatMap((call) => call.turns),
          now,
        ),
      ),
    );
    expect((await storage.sessions.unfinished('profile-lea')).map((row) => row.id)).toEqual([
      'unfinished',
    ]);

    // A finished call opens on its end screen as before; the unfinished one carries on the same.
    const open = async (source: typeof finished, seed: number, mode: SessionConfig['mode']) => {
      const cfg = config(seed, mode);
      const deps = realDeps(cfg.brand);
      const actor = createActor(sessionMachine, {
        snapshot: restoreSnapshot(source.record, source.turns, cfg, deps),
        input: { config: cfg, deps },
      }).start();
      if (source.record.status === 'in_progress') {
        actor.send({ type: 'AGENT_LINE', text: 'Je récapitule : le prélèvement passera le 15.' });
      }
      const snapshot = actor.getSnapshot();
      actor.stop();
      return { state: machineStateOf(snapshot), session: snapshot.context.session };
    };
    for (const [id, seed, mode] of [
      ['finished', 8, 'filage'],
      ['unfinished', 9, 'repetition'],
    ] as const) {
      const before = TODAY.find((call) => call.record.id === id);
      const after = await storage.sessions.get(id);
      if (!before || !after) throw new Error(`missing ${id}`);
      const [was, is] = [await open(before, seed, mode), await open(after, seed, mode)];
      expect(is.state).toBe(was.state);
      expect(is.session.transcript).toEqual(was.session.transcript);
      expect(is.session.mood).toEqual(was.session.mood);
      expect(is.session.memory).toEqual(was.session.memory);
    }
  });

  it('writes a call that ends after the migration as one row, its turns appended until then', async () => {
    const storage = await upgraded(await version8Database());
    const { db, sessions } = storage;
    const { record, turns } = unfinished;
    const more = storedSession(playExampleCall(9, 'repetition', politeCall(12)), {
      id: 'unfinished',
      startedAt: record.startedAt,
    });
    expect(more.record.status).toBe('ended');
    // Each turn is appended: earlier rows and the record are not written again.
    const next = more.turns[turns.length];
    if (!next) throw new Error('the longer call has more turns');
    await sessions.saveProgress({ ...record, elapsedSeconds: 120 }, [next]);
    expect(await db.sessions.get('unfinished')).toEqual(record);
    expect(await db.turns.where('sessionId').equals('unfinished').count()).toBe(turns.length + 1);
    await sessions.saveFinal(more.record, more.turns.slice(turns.length + 1));
    expect(await db.turns.where('sessionId').equals('unfinished').count()).toBe(0);
    expect(await db.sessions.get('unfinished')).toMatchObject({ packed: 1 });
    expect(await sessions.get('unfinished')).toEqual(more);
    // Exporting it later changes only the plain field.
    await sessions.markExported(['unfinished'], '2026-11-02T10:00:00.000Z');
    expect((await sessions.get('unfinished'))?.record).toEqual({
      ...more.record,
      exportedAt: '2026-11-02T10:00:00.000Z',
    });
  });
});
