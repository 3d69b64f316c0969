import { Dexie } from 'dexie';

/** Rows to put into one object store, and keys to delete from it. */
export interface StoreWrite {
  store: string;
  rows: readonly unknown[];
  deletes?: readonly IDBValidKey[];
}

/**
 * The connection Dexie holds, opened if it is not yet. A connection we closed on purpose (another
 * tab upgrading) stays closed: reopening it would fight that upgrade.
 */
async function openConnection(db: Dexie): Promise<IDBDatabase> {
  if (!db.isOpen()) {
    if (db.hasBeenClosed()) throw new Dexie.DatabaseClosedError();
    await db.open();
  }
  return db.backendDB();
}

/**
 * Puts (and deletes) rows in several stores in one native transaction with strict durability: IndexedDB
 * reports it complete only once the data is flushed to disk, and a failure anywhere rolls back
 * every row. Dexie sets durability for a whole database only (its `chromeTransactionDurability`
 * option), so the rare writes that need it go through the same connection natively.
 */
export async function writeStrictly(db: Dexie, writes: readonly StoreWrite[]): Promise<void> {
  const connection = await openConnection(db);
  await new Promise<void>((resolve, reject) => {
    const transaction = connection.transaction(
      writes.map((write) => write.store),
      'readwrite',
      { durability: 'strict' },
    );
    transaction.oncomplete = () => resolve();
    // A failed request aborts the transaction (nobody prevents it): the abort carries its error,
    // QuotaExceededError included, which Chromium raises when the commit meets the quota.
    transaction.onabort = () =>
      reject(transaction.error ?? new DOMException('The write was aborted.', 'AbortError'));
    try {
      for (const write of writes) {
        const store = transaction.objectStore(write.store);
        for (const row of write.rows) store.put(row);
        for (const key of write.deletes ?? []) store.delete(key);
      }
    } catch (error) {
      // put() refuses some rows at once (uncloneable value, missing key): nothing is kept.
      reject(error);
      transaction.abort();
    }
  });
}
