// Item 5: what the header says, and how long a failing replication waits before trying again.
import { describe, expect, it } from 'vitest';
import { backOff, describeFailure, phaseOf, type SyncReport } from '@/features/sync/sync-health';

const report = (pending: number, failures: Map<string, unknown>): SyncReport => ({
  pending,
  refused: [],
  inbox: [],
  failure: describeFailure(failures),
});

describe('sync health', () => {
  it('retries after 1 s, doubling, never more than a minute apart', () => {
    const delays: number[] = [];
    let delay = 0;
    for (let attempt = 0; attempt < 9; attempt += 1) delays.push((delay = backOff(delay)));
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
  });

  it('says up to date, N waiting or offline when nothing needs the user', () => {
    expect(phaseOf(report(0, new Map()))).toBe('up_to_date');
    expect(phaseOf(report(3, new Map()))).toBe('pending');
    // A network failure has no HTTP status: offline, and it retries by itself.
    const offline = report(3, new Map([['push', new TypeError('Failed to fetch')]]));
    expect(phaseOf(offline)).toBe('offline');
    expect(offline.failure).toEqual({ offline: true, problem: null, detail: null });
  });

  it('sorts errors into what the user can do, with the server’s words', () => {
    const cases: [unknown, string][] = [
      [{ status: 401, reason: 'You are not authorized' }, 'session_expired'],
      [{ status: 403, reason: 'You are not allowed to access this db.' }, 'forbidden'],
      [{ status: 500, message: 'Internal Server Error' }, 'server'],
    ];
    for (const [error, problem] of cases) {
      const failing = report(1, new Map([['pull', error]]));
      expect(phaseOf(failing)).toBe('error');
      expect(failing.failure.problem).toBe(problem);
      const { status, reason, message } = error as Record<string, string>;
      expect(failing.failure.detail).toBe(`${status} ${reason ?? message}`);
    }
  });

  it('puts a local storage failure before any network one', () => {
    const failures = new Map<string, unknown>([
      ['push', new TypeError('Failed to fetch')],
      ['storage', new Error('QuotaExceededError')],
    ]);
    expect(describeFailure(failures)).toEqual({
      offline: false,
      problem: 'storage',
      detail: 'QuotaExceededError',
    });
  });
});
