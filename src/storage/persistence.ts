/** What the browser says about this origin's storage. `null` means the browser cannot tell. */
export interface StorageReport {
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
}

type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

function storageManager(): StorageManagerLike | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/**
 * Asks the browser not to evict our data under storage pressure. Browsers may grant it silently,
 * ask the user, or refuse; the answer is returned so the settings page can show it.
 */
export async function requestPersistence(
  manager: StorageManagerLike | undefined = storageManager(),
): Promise<boolean | null> {
  if (!manager?.persist) return null;
  return manager.persist();
}

/** Reads persistence and usage figures for the settings page. */
export async function readStorageReport(
  manager: StorageManagerLike | undefined = storageManager(),
): Promise<StorageReport> {
  if (!manager) return { persisted: null, usageBytes: null, quotaBytes: null };
  const [persisted, estimate] = await Promise.all([
    manager.persisted ? manager.persisted() : Promise.resolve(null),
    manager.estimate ? manager.estimate() : Promise.resolve(undefined),
  ]);
  return {
    persisted,
    usageBytes: estimate?.usage ?? null,
    quotaBytes: estimate?.quota ?? null,
  };
}
