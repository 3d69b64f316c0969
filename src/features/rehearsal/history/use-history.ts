import { useCallback, useEffect, useState } from 'react';
import type { SessionSummary } from '@/storage/session-record';
import type { PlayedScript } from '@/storage/summary-repository';
import { appStorage } from '@/stores/app-storage-registry';
import { useProfileStore } from '@/stores/profile-store';
import { useStorageStatusStore } from '@/stores/storage-status-store';
import { summaryQuery, type SessionFilter } from './session-filter';

/** The chart follows this many of the latest scored calls: more would be dots too close to read. */
export const CHART_CALLS = 30;
// Summaries read to find them: scored calls are most calls, so this is plenty in practice.
const CHART_SCAN = CHART_CALLS * 4;

export interface HistoryOverview {
  total: number;
  neverExported: number;
  scripts: PlayedScript[];
}

export interface FilteredHistory {
  /** The filter these results are for: while it differs from the one set, the list is busy. */
  key: string;
  /** Every matching session id, newest first (keys only: the rows are read as they scroll in). */
  ids: string[];
  /** The latest scored calls among them, for the chart, newest first. */
  charted: SessionSummary[];
}

function reported<T>(fallback: T) {
  return (error: unknown): T => {
    useStorageStatusStore.getState().reportFailure(error, 'sessions.list');
    return fallback;
  };
}

/** A filter as one string, to tell which filter some results answer. */
export function filterKey(filter: SessionFilter): string {
  return [filter.script, filter.mode, filter.status, filter.period].join('|');
}

/**
 * The history read through the summaries' indexes: counts and the filtered ids at once, rows
 * only when shown. `reload` reads everything again after an export.
 */
export function useHistory(filter: SessionFilter) {
  const profileId = useProfileStore((state) => state.activeProfileId);
  const [version, setVersion] = useState(0);
  const [overview, setOverview] = useState<HistoryOverview | null>(null);
  const [filtered, setFiltered] = useState<FilteredHistory | null>(null);
  const reload = useCallback(async () => setVersion((n) => n + 1), []);
  useEffect(() => {
    let current = true;
    const summaries = appStorage().summaries;
    const read = profileId
      ? Promise.all([
          summaries.count(profileId),
          summaries.neverExported(profileId),
          summaries.playedScripts(profileId),
        ]).then(([total, neverExported, scripts]) => ({ total, neverExported, scripts }))
      : Promise.resolve({ total: 0, neverExported: 0, scripts: [] });
    void read.catch(reported({ total: 0, neverExported: 0, scripts: [] })).then((next) => {
      if (current) setOverview(next);
    });
    return () => {
      current = false;
    };
  }, [profileId, version]);
  const { script, mode, status, period } = filter;
  useEffect(() => {
    let current = true;
    const summaries = appStorage().summaries;
    const query = { script, mode, status, period };
    const key = filterKey(query);
    const read = async (): Promise<FilteredHistory> => {
      if (!profileId) return { key, ids: [], charted: [] };
      const ids = await summaries.ids(summaryQuery(profileId, query, new Date()));
      const scanned = await summaries.get(ids.slice(0, CHART_SCAN));
      const charted = scanned
        .filter((row) => row.status === 'ended' && row.scores)
        .slice(0, CHART_CALLS);
      return { key, ids, charted };
    };
    void read()
      .catch(reported({ key, ids: [], charted: [] }))
      .then((next) => {
        if (current) setFiltered(next);
      });
    return () => {
      current = false;
    };
  }, [profileId, version, script, mode, status, period]);
  return { profileId, overview, filtered, reload };
}

const PAGE = 50;

/**
 * The summaries of the rows in view, read a page at a time and kept: scrolling back costs
 * nothing, and a year of sessions is never read at once.
 */
export function useSummaryRows(ids: readonly string[]) {
  const [rows, setRows] = useState(() => new Map<string, SessionSummary>());
  const [asked] = useState(() => new Set<number>());
  // A new list (filter, export) asks its pages again; rows already read stay shown meanwhile
  // (a summary changes only when its call ends), so nothing on screen is torn down.
  useEffect(() => asked.clear(), [ids, asked]);
  const want = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(first / PAGE); page <= Math.floor(last / PAGE); page += 1) {
        if (asked.has(page)) continue;
        asked.add(page);
        void appStorage()
          .summaries.get(ids.slice(page * PAGE, (page + 1) * PAGE))
          .then((found) =>
            setRows((known) => {
              const next = new Map(known);
              for (const row of found) next.set(row.id, row);
              return next;
            }),
          )
          .catch((error: unknown) => {
            asked.delete(page);
            useStorageStatusStore.getState().reportFailure(error, 'sessions.list');
          });
      }
    },
    [ids, asked],
  );
  return { rows, want };
}
