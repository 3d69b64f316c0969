import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterAll, describe, expect, it } from 'vitest';
import {
  filterFromParams,
  filterToParams,
  NO_SESSION_FILTER,
  summaryQuery,
  type SessionFilter,
} from '@/features/rehearsal/history/session-filter';
import { createAppStorage, openAppStorage, type AppStorage } from '@/storage/app-storage';
import type { SessionRecord } from '@/storage/session-record';

const NOW = new Date('2026-11-30T12:00:00.000Z');

function record(overrides: Partial<SessionRecord>): SessionRecord {
  return {
    id: 'a',
    profileId: 'p',
    scriptId: 'exemple-date-prelevement',
    scriptVersion: '1.0.0',
    scriptTitle: 'Changer la date de prélèvement',
    personaId: 'remi-garnier-presse',
    brandId: 'brisa-energie',
    mode: 'filage',
    seed: 8,
    language: 'fr',
    startedAt: '2026-11-29T10:00:00.000Z',
    updatedAt: '2026-11-29T10:05:00.000Z',
    status: 'ended',
    machineState: 'ended',
    engine: {} as SessionRecord['engine'],
    elapsedSeconds: 300,
    exportedAt: null,
    ...overrides,
  };
}

// Newest first, as the history lists them.
const sessions = [
  record({ id: 'yesterday-filage' }),
  record({ id: 'last-week-lecture', mode: 'lecture', startedAt: '2026-11-25T09:00:00.000Z' }),
  record({
    id: 'fortnight-in-progress',
    status: 'in_progress',
    scriptId: 'colis-livre-non-recu',
    scriptTitle: 'Colis livré mais non reçu',
    startedAt: '2026-11-16T09:00:00.000Z',
  }),
  record({
    id: 'old-abandoned',
    status: 'abandoned',
    mode: 'repetition',
    scriptId: 'en-billing-dispute',
    scriptTitle: 'Billing dispute',
    language: 'en',
    startedAt: '2026-09-01T09:00:00.000Z',
  }),
];
const ids = (rows: SessionRecord[]) => rows.map((row) => row.id);

// The filters run as index queries on the summaries, through the real repositories: each case
// stores its sessions in a database of its own.
const storages: AppStorage[] = [];
let storage: AppStorage;
async function store(rows: SessionRecord[]): Promise<string> {
  storage = createAppStorage(() => undefined, `session-filter-${storages.length}-${Date.now()}`);
  storages.push(storage);
  await openAppStorage(storage);
  for (const row of rows) await storage.sessions.saveProgress(row, []);
  return 'p';
}
async function filterSessions(rows: SessionRecord[], filter: SessionFilter, now: Date) {
  const profileId = await store(rows);
  const query = summaryQuery(profileId, filter, now);
  const found = await storage.summaries.ids(query);
  // The list pages through the same query: every page and the count agree with the ids.
  const paged = [];
  for (let offset = 0; offset < found.length + 2; offset += 2)
    paged.push(...(await storage.summaries.page(query, offset, 2)));
  expect(paged.map((row) => row.id)).toEqual(found);
  expect(await storage.summaries.count(query)).toBe(found.length);
  return found.map((id) => ({ id }) as SessionRecord);
}
async function playedScripts(rows: SessionRecord[]) {
  const profileId = await store(rows);
  return storage.summaries.playedScripts(profileId);
}
afterAll(async () => {
  for (const { db } of storages) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('history filters', () => {
  it('keep every session when nothing is set, newest first', async () => {
    expect(ids(await filterSessions(sessions, NO_SESSION_FILTER, NOW))).toEqual(ids(sessions));
  });

  it.each([
    [{ mode: 'lecture' as const }, ['last-week-lecture']],
    [{ status: 'in_progress' as const }, ['fortnight-in-progress']],
    [{ status: 'abandoned' as const }, ['old-abandoned']],
    [{ script: 'exemple-date-prelevement' }, ['yesterday-filage', 'last-week-lecture']],
    [{ period: '7' as const }, ['yesterday-filage', 'last-week-lecture']],
    [{ period: '30' as const }, ['yesterday-filage', 'last-week-lecture', 'fortnight-in-progress']],
    [{ period: '7' as const, mode: 'filage' as const }, ['yesterday-filage']],
    [{ script: 'exemple-date-prelevement', mode: 'lecture' as const }, ['last-week-lecture']],
    [
      { script: 'exemple-date-prelevement', status: 'ended' as const },
      ['yesterday-filage', 'last-week-lecture'],
    ],
    [{ script: 'en-billing-dispute', period: '30' as const }, []],
  ])('narrow the list by %o', async (set, expected) => {
    expect(ids(await filterSessions(sessions, { ...NO_SESSION_FILTER, ...set }, NOW))).toEqual(
      expected,
    );
  });

  it('count a period in whole days back from now', async () => {
    const edge = [record({ id: 'edge', startedAt: '2026-11-23T12:00:00.000Z' })];
    const justOut = [record({ id: 'out', startedAt: '2026-11-23T11:59:59.000Z' })];
    const week = { ...NO_SESSION_FILTER, period: '7' as const };
    expect(ids(await filterSessions(edge, week, NOW))).toEqual(['edge']);
    expect(ids(await filterSessions(justOut, week, NOW))).toEqual([]);
  });

  it('round-trip through the address and ignore what they do not know', () => {
    const filter = {
      script: 'colis-livre-non-recu',
      mode: 'generale',
      status: 'ended',
      period: '30',
    } as const;
    const params = filterToParams(filter);
    expect(params.toString()).toBe(
      'scenario=colis-livre-non-recu&mode=generale&etat=ended&periode=30',
    );
    expect(filterFromParams(params)).toEqual(filter);
    expect(filterToParams(NO_SESSION_FILTER).toString()).toBe('');
    expect(filterFromParams(new URLSearchParams('mode=improv&etat=lost&periode=365'))).toEqual(
      NO_SESSION_FILTER,
    );
  });

  it('offer each played script once, by title', async () => {
    expect(await playedScripts(sessions)).toEqual([
      { id: 'en-billing-dispute', title: 'Billing dispute', language: 'en' },
      { id: 'exemple-date-prelevement', title: 'Changer la date de prélèvement', language: 'fr' },
      { id: 'colis-livre-non-recu', title: 'Colis livré mais non reçu', language: 'fr' },
    ]);
  });
});
