import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ScoreCard } from '@/domain/scoring/score-card.types';
import type { TranscriptTurn } from '@/domain/session/session.types';
import { createAppStorage, openAppStorage, type AppStorage } from '@/storage/app-storage';
import type { SessionRecord, TurnRecord } from '@/storage/session-record';
import { StorageFailure } from '@/storage/storage-failure';

const storages: AppStorage[] = [];
async function openStorage(): Promise<AppStorage> {
  const storage = createAppStorage(() => undefined, `final-write-${storages.length}-${Date.now()}`);
  storages.push(storage);
  await openAppStorage(storage);
  return storage;
}

/**
 * Watches every transaction the database opens. Dexie binds IDBDatabase#transaction when it
 * opens the connection, so the spy goes in first.
 */
async function openWatchedStorage() {
  const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
  const storage = await openStorage();
  transaction.mockClear();
  return { storage, transaction };
}

afterEach(async () => {
  vi.restoreAllMocks();
  for (const { db } of storages.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const record = (overrides: Partial<SessionRecord> = {}): SessionRecord => ({
  id: 's1',
  profileId: 'p1',
  scriptId: 'exemple-date-prelevement',
  scriptVersion: '1.0.0',
  scriptTitle: 'Exemple',
  personaId: 'remi-garnier-presse',
  brandId: null,
  mode: 'filage',
  seed: 8,
  language: 'fr',
  startedAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
  status: 'in_progress',
  machineState: 'inCall',
  engine: { status: 'in_call' } as SessionRecord['engine'],
  elapsedSeconds: 10,
  exportedAt: null,
  ...overrides,
});

const turn = (index: number): TurnRecord => ({
  sessionId: 's1',
  index,
  turn: { index, speaker: 'agent', text: `Réplique ${index}` } as TranscriptTurn,
});

// The parts of a card the history's summary copies.
const card = {
  language: 'fr',
  overall: { score: 75, outOf20: 15, grade: 'bien', label: 'Bien (15/20)' },
  brandTone: 80,
  recovery: null,
  compliance: { passed: true, score: 100, breaches: [] },
} as unknown as ScoreCard;
const ended = record({ status: 'ended', machineState: 'ended', scoreCard: card });

async function stored(storage: AppStorage) {
  const found = await storage.sessions.get('s1');
  return { status: found?.record.status, turns: found?.turns.map((row) => row.index) };
}

/** Makes IndexedDB refuse the session row, as Chromium refuses a write over quota. */
function refuseSessionRows() {
  const put = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    if (this.name === 'sessions') {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    return put.apply(this, args);
  });
}

describe('the final write of a call', () => {
  it('writes the last turns and the ended record with its card in one strict transaction', async () => {
    const { storage, transaction } = await openWatchedStorage();
    await storage.sessions.saveProgress(record(), [turn(0), turn(1)]);
    transaction.mockClear();
    await storage.sessions.saveFinal(ended, [turn(2), turn(3)]);
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(transaction).toHaveBeenCalledWith(
      ['turns', 'sessions', 'sessionSummaries', 'sessionCheckpoints'],
      'readwrite',
      { durability: 'strict' },
    );
    expect(transaction.mock.results[0]?.value).toMatchObject({ durability: 'strict' });
    const found = await storage.sessions.get('s1');
    expect(found?.record).toMatchObject({ status: 'ended', scoreCard: card });
    expect(found?.turns.map((row) => row.index)).toEqual([0, 1, 2, 3]);
    // The history's line is written in the same transaction, with the card's scores.
    expect(await storage.summaries.get(['s1'])).toMatchObject([
      { status: 'ended', scores: { outOf20: 15, label: 'Bien (15/20)', compliant: true } },
    ]);
  });

  it('keeps per-turn writes at the default durability', async () => {
    const { storage, transaction } = await openWatchedStorage();
    await storage.sessions.saveProgress(record(), [turn(0)]);
    expect(transaction).toHaveBeenCalledTimes(1);
    expect(transaction.mock.results[0]?.value).toMatchObject({ durability: 'default' });
  });

  it('keeps nothing of a refused final write and leaves what was saved before intact', async () => {
    const storage = await openStorage();
    await storage.sessions.saveProgress(record(), [turn(0), turn(1)]);
    refuseSessionRows();
    const failure = await storage.sessions
      .saveFinal(ended, [turn(2), turn(3)])
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageFailure);
    expect(failure).toMatchObject({ kind: 'quota', operation: 'sessions.save' });
    vi.restoreAllMocks();
    // The new turns were put before the refused record: the transaction took them back.
    expect(await stored(storage)).toEqual({ status: 'in_progress', turns: [0, 1] });
  });

  it('rolls back when a row fails after others were accepted', async () => {
    const storage = await openStorage();
    await storage.sessions.saveProgress(record(), [turn(0)]);
    // A row without its key is refused by IndexedDB itself (DataError), after turn 1 went in.
    const keyless = { index: 2, turn: turn(2).turn } as unknown as TurnRecord;
    const failure = await storage.sessions
      .saveFinal(ended, [turn(1), keyless])
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ kind: 'unknown', operation: 'sessions.save' });
    expect(await stored(storage)).toEqual({ status: 'in_progress', turns: [0] });
  });

  it('does not reopen a database closed for another tab’s upgrade', async () => {
    const storage = await openStorage();
    storage.db.close();
    const failure = await storage.sessions.saveFinal(ended, []).catch((error: unknown) => error);
    expect(failure).toMatchObject({ kind: 'closed' });
    expect(storage.db.isOpen()).toBe(false);
  });
});
