import type { SyncInboxRecord, SyncOutboxRecord } from '@/storage/sync-repository';
import type { SyncPhase, SyncProblem } from './sync-store';

/** What the engine tells the store after each step. */
export interface SyncReport {
  pending: number;
  refused: SyncOutboxRecord[];
  inbox: SyncInboxRecord[];
  failure: { offline: boolean; problem: SyncProblem | null; detail: string | null };
}

/** Retry delays: 1 s, then doubling, never more than a minute apart. */
export function backOff(previous: number): number {
  return previous === 0 ? 1000 : Math.min(previous * 2, 60_000);
}

/**
 * Sorts the replications' errors into what the user can act on: no network (wait, it retries),
 * an expired login (log in again), a refusal of access (ask an administrator), a server fault.
 */
export function describeFailure(failures: ReadonlyMap<string, unknown>): SyncReport['failure'] {
  let offline = false;
  // This device's own storage: the sync steps', or Revue's import following the inbox.
  const local = failures.get('storage') ?? failures.get('revue');
  if (local !== undefined) {
    return { offline: false, problem: 'storage', detail: (local as Error).message ?? null };
  }
  for (const [source, error] of failures) {
    if (source === 'storage' || source === 'revue') continue;
    const { status, reason, message, name } = error as {
      status?: number;
      reason?: string;
      message?: string;
      name?: string;
    };
    const detail = [status, reason ?? message ?? name].filter(Boolean).join(' ');
    if (status === 401) return { offline: false, problem: 'session_expired', detail };
    if (status === 403) return { offline: false, problem: 'forbidden', detail };
    if (status !== undefined && status >= 500) return { offline: false, problem: 'server', detail };
    offline = true;
  }
  return { offline, problem: null, detail: null };
}

/** What the header says after a report: an error first, then offline, then what is waiting. */
export function phaseOf(report: SyncReport): SyncPhase {
  if (report.failure.problem) return 'error';
  if (report.failure.offline) return 'offline';
  return report.pending > 0 ? 'pending' : 'up_to_date';
}
