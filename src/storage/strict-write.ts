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

/** Rows to read first, in the same transaction: `getAll` on a store or one of its indexes. */
export interface StoreRead {
  store: string;
  index?: string;
  query: IDBValidKey | IDBKeyRange;
}

/**
 * Puts (and deletes) rows in several stores in one native transaction with strict durability: IndexedDB
 * reports it complete only once the data is flushed to disk, and a failure anywhere rolls back
 * every row. Dexie sets durability for a whole database only (its `chromeTransactionDurability`
 * option), so the rare writes that need it go through the same connection natively.
 */
export function writeStrictly(db: Dexie, writes: readonly StoreWrite[]): Promise<void> {
  return readThenWriteStrictly(
    db,
    writes.map((write) => write.store),
    [],
    () => writes,
  );
}

/**
 * The same, with rows read first in that transaction (`reads`, in order) and the writes composed
 * from them: nothing can change between the read and the write.
 */
export async function readThenWriteStrictly(
  db: Dexie,
  stores: readonly string[],
  reads: readonly StoreRead[],
  compose: (found: unknown[][]) => readonly StoreWrite[],
): Promise<void> {
  const connection = await openConnection(db);
  await new Promise<void>((resolve, reject) => {
    const transaction = connection.transaction([...stores], 'readwrite', { durability: 'strict' });
    transaction.oncomplete = () => resolve();
    // A failed request aborts the transaction (nobody prevents it): the abort carries its error,
    // QuotaExceededError included, which Chromium raises when the commit meets the quota.
    transaction.onabort = () =>
      reject(transaction.error ?? new DOMException('The write was aborted.', 'AbortError'));
    const write = (found: unknown[][]) => {
      try {
        for (const { store: name, rows, deletes } of compose(found)) {
          const store = transaction.objectStore(name);
          for (const row of rows) store.put(row);
          for (const key of deletes ?? []) store.delete(key);
        }
      } catch (error) {
        // put() refuses some rows at once (uncloneable value, missing key): nothing is kept.
        reject(error);
        transaction.abort();
      }
    };
    // Each read's success issues the next (or the writes), so the transaction stays active.
    const readFrom = (place: number, found: unknown[][]) => {
      const next = reads[place];
      if (!next) return write(found);
      const store = transaction.objectStore(next.store);
      const request = (next.index ? store.index(next.index) : store).getAll(next.query);
      request.onsuccess = () => readFrom(place + 1, [...found, request.result as unknown[]]);
    };
    readFrom(0, []);
  });
}
