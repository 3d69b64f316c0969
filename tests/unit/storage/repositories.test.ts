import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppStorage, openAppStorage, type AppStorage } from '@/storage/app-storage';
import { classifyStorageError, guardStorage, StorageFailure } from '@/storage/storage-failure';
import { readStorageReport, requestPersistence } from '@/storage/persistence';

const storages: AppStorage[] = [];
function freshStorage(): AppStorage {
  const storage = createAppStorage(() => undefined, `repo-test-${storages.length}-${Date.now()}`);
  storages.push(storage);
  return storage;
}

afterEach(async () => {
  for (const { db } of storages.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('profile repository', () => {
  it('lists saved profiles oldest first and skips damaged rows', async () => {
    const storage = freshStorage();
    await openAppStorage(storage);
    await storage.profiles.save({
      id: 'b',
      displayName: 'Bea',
      role: 'trainer',
      createdAt: '2026-02-01',
    });
    await storage.profiles.save({
      id: 'a',
      displayName: 'Ali',
      role: 'agent',
      createdAt: '2026-01-01',
    });
    await storage.db.profiles.put({
      id: 'x',
      displayName: 'Bad',
      role: 'admin',
      createdAt: '2026-03-01',
    } as never);
    expect((await storage.profiles.list()).map((profile) => profile.id)).toEqual(['a', 'b']);
  });
});

describe('preferences repository', () => {
  it('reads back known keys and ignores unknown ones', async () => {
    const storage = freshStorage();
    await storage.preferences.write('language', 'en');
    await storage.db.preferences.put({ key: 'somethingElse', value: 'x' });
    expect(await storage.preferences.readAll()).toEqual({ language: 'en' });
  });
});

describe('storage failures', () => {
  it.each([
    [{ name: 'QuotaExceededError' }, 'quota'],
    [{ name: 'AbortError', inner: { name: 'QuotaExceededError' } }, 'quota'],
    [{ name: 'OpenFailedError', inner: { name: 'InvalidStateError' } }, 'unavailable'],
    [{ name: 'MissingAPIError' }, 'unavailable'],
    [{ name: 'VersionError' }, 'newer_version'],
    [{ name: 'DatabaseClosedError' }, 'closed'],
    [new Error('boom'), 'unknown'],
    ['a string', 'unknown'],
  ])('classifies %j as %s', (error, kind) => {
    expect(classifyStorageError(error)).toBe(kind);
  });

  it('names the operation that failed and keeps the cause', async () => {
    const cause = { name: 'QuotaExceededError' };
    const failure = await guardStorage('profiles.save', () => Promise.reject(cause)).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(StorageFailure);
    expect(failure).toMatchObject({ kind: 'quota', operation: 'profiles.save', cause });
  });
});

describe('persistence', () => {
  const manager = (persisted: boolean) => ({
    persist: async () => true,
    persisted: async () => persisted,
    estimate: async () => ({ usage: 2048, quota: 10_000_000 }),
  });

  it('reads what the browser says', async () => {
    expect(await readStorageReport(manager(false))).toEqual({
      persisted: false,
      usageBytes: 2048,
      quotaBytes: 10_000_000,
    });
  });

  it('says "unknown" when the browser has no storage manager', async () => {
    expect(await readStorageReport(undefined)).toEqual({
      persisted: null,
      usageBytes: null,
      quotaBytes: null,
    });
    expect(await requestPersistence(undefined)).toBeNull();
  });

  it('returns the browser’s answer to a persistence request', async () => {
    expect(await requestPersistence(manager(false))).toBe(true);
  });
});
