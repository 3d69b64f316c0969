import type { AppStorage } from '@/storage/app-storage';

let current: AppStorage | null = null;

/** Installs the storage the stores write through; called once at start (and by tests). */
export function registerAppStorage(storage: AppStorage): void {
  current = storage;
}

/** The storage installed at start. */
export function appStorage(): AppStorage {
  if (!current) throw new Error('App storage used before registerAppStorage()');
  return current;
}
