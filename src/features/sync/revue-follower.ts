// Revue follows the inbox on a chain of its own. The inbox stores what the replica received and
// its sequence, then reads the next page at once; importing into Revue (zod checks, Revue's own
// tables) happens behind it and never holds a batch back. Revue keeps its own sequence, stored
// after each import: a tab that dies between the two writes leaves Revue behind the inbox, and
// the next start reads the replica's changes again from Revue's sequence. Imports are
// idempotent, so reading a page twice is harmless; skipping one is impossible.
import type { SyncInboxRecord } from '@/storage/sync-repository';
import { intoRevue, type Receiver, type RevueStore } from './review-bridge';

export type Sequence = string | number;

/** One page of the replica's changes: what the inbox kept from it, read from `since` to `seq`. */
export interface ReceivedPage {
  since: Sequence;
  seq: Sequence;
  received: SyncInboxRecord[];
  /** True when the page was full, so more changes may follow it. */
  full: boolean;
}

export interface RevueFollowerOptions {
  review: RevueStore;
  receiver: Receiver;
  /** Revue's stored sequence (where the last start left it). */
  from: Sequence;
  /** Reads one page of the replica's changes from `since`, as the inbox reads it. */
  readPage: (since: Sequence) => Promise<ReceivedPage>;
  /** Stores Revue's sequence once a page is in Revue. */
  saveSeq: (seq: Sequence) => Promise<void>;
  /** A failed import (null once one succeeds again): shown, and retried by `catchUp`. */
  onFailure: (error: unknown) => void;
}

export interface RevueFollower {
  /** Imports a page the inbox just stored (or catches up first when Revue is not where it began). */
  follow: (page: ReceivedPage) => void;
  /** Reads the replica from Revue's sequence to its end and imports it (start, retry after a failure). */
  catchUp: () => void;
  /** True while an import failed and nothing has caught up since. */
  behind: () => boolean;
  /** Resolves when every queued import is done. */
  idle: () => Promise<void>;
  stop: () => void;
}

export function followIntoRevue(options: RevueFollowerOptions): RevueFollower {
  let cursor = options.from;
  let chain: Promise<void> = Promise.resolve();
  let failed = false;
  let stopped = false;

  const importPage = async (page: ReceivedPage) => {
    await intoRevue(options.review, page.received, options.receiver);
    await options.saveSeq(page.seq);
    cursor = page.seq;
  };
  const readToEnd = async () => {
    for (;;) {
      const page = await options.readPage(cursor);
      await importPage(page);
      if (!page.full || stopped) return;
    }
  };
  const enqueue = (work: () => Promise<void>) => {
    chain = chain.then(async () => {
      if (stopped) return;
      try {
        await work();
        if (failed) options.onFailure(null);
        failed = false;
      } catch (error) {
        // The cursor stays where the failure left it; the next page sees the gap and reads it.
        failed = true;
        options.onFailure(error);
      }
    });
  };

  return {
    follow: (page) => enqueue(() => (page.since === cursor ? importPage(page) : readToEnd())),
    catchUp: () => enqueue(readToEnd),
    behind: () => failed,
    idle: () => chain,
    stop: () => {
      stopped = true;
    },
  };
}
