// Tells the sync engine when Revue's tables change, so it reads Revue's documents then rather
// than every second. Dexie announces every committed write (in this tab and, through its
// broadcast, in the others) as the parts it touched: `idb://<database>/<table>/<index>`.
import { Dexie } from 'dexie';

/** Calls `listener` after any write to one of Revue's tables (named `review…`) of `database`. */
export function onReviewChange(database: string, listener: () => void): () => void {
  const prefix = `idb://${database}/review`;
  const watch = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((part) => part.startsWith(prefix))) listener();
  };
  Dexie.on('storagemutated', watch);
  return () => Dexie.on.storagemutated.unsubscribe(watch);
}
