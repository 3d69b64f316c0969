/** What went wrong with browser storage, in terms a user can act on. */
export type StorageFailureKind =
  | 'quota' // the disk or the browser's quota is full
  | 'unavailable' // no IndexedDB: private browsing, disabled storage, very old browser
  | 'blocked' // another tab holds an older version of the database open
  | 'newer_version' // the database was written by a newer Coulisses than this one
  | 'closed' // the database was closed under us (another tab upgraded it)
  | 'unknown';

/** An error raised by the storage layer; the UI shows it in a banner, never swallows it. */
export class StorageFailure extends Error {
  readonly kind: StorageFailureKind;
  readonly operation: string;

  constructor(kind: StorageFailureKind, operation: string, cause?: unknown) {
    super(`Storage failure (${kind}) during ${operation}`, { cause });
    this.name = 'StorageFailure';
    this.kind = kind;
    this.operation = operation;
  }
}

function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  // Dexie wraps the browser's DOMException in `inner`; the standard place is `cause`.
  for (let depth = 0; current && depth < 5; depth += 1) {
    const candidate = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof candidate.name === 'string') names.push(candidate.name);
    current = candidate.inner ?? candidate.cause;
  }
  return names;
}

/** Maps a Dexie or DOM error to a failure kind. */
export function classifyStorageError(error: unknown): StorageFailureKind {
  if (error instanceof StorageFailure) return error.kind;
  const names = errorNames(error);
  if (names.includes('QuotaExceededError')) return 'quota';
  if (names.includes('VersionError')) return 'newer_version';
  if (names.includes('DatabaseClosedError')) return 'closed';
  if (
    names.includes('MissingAPIError') ||
    names.includes('InvalidStateError') ||
    names.includes('SecurityError') ||
    names.includes('OpenFailedError')
  ) {
    return 'unavailable';
  }
  return 'unknown';
}

/** Runs a storage operation and turns any error into a StorageFailure naming the operation. */
export async function guardStorage<T>(operation: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new StorageFailure(classifyStorageError(error), operation, error);
  }
}
