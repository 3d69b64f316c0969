import { useCallback, useEffect, useState } from 'react';
import type { SessionSummary } from '@/storage/session-record';
import type { PlayedScript, SummaryQuery } from '@/storage/summary-repository';
import { appStorage } from '@/stores/app-storage-registry';
import { useProfileStore } from '@/stores/profile-store';
import { useStorageStatusStore } from '@/stores/storage-status-store';
import { NO_SESSION_FILTER, summaryQuery, type SessionFilter } from './session-filter';

/** The chart follows this many of the latest scored calls: more would be dots too close to read. */
export const CHART_CALLS = 30;
/**
 * The first read of a filter: the newest summaries, enough to find the chart's calls (scored
 * calls are most calls) and to draw the first screenful of rows without another round trip.
 */
const FIRST_READ = CHART_CALLS * 4;
/** The rows read at a time as the list scrolls past the first read. */
const PAGE = 50;

export interface HistoryOverview {
  total: number;
  neverExported: number;
  scripts: PlayedScript[];
}

export interface FilteredHistory {
  /** The filter these results are for: while it differs from the one set, the list is busy. */
  key: string;
  /** The index query the filter makes, to read further pages (and the ids, for an export). */
  query: SummaryQuery | null;
  /** The newest matching summaries, newest first: the list's first rows. */
  first: SessionSummary[];
  /** How many sessions match; null until counted (the first rows do not wait for it). */
  count: number | null;
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

const NO_FILTER_KEY = filterKey(NO_SESSION_FILTER);

/**
 * The history read through the summaries' indexes. The newest rows come first, in one read;
 * the counts, the played scripts and the reminder follow it, so the list never waits for them.
 * `reload` reads everything again after an export.
 */
export function useHistory(filter: SessionFilter) {
  const profileId = useProfileStore((state) => state.activeProfileId);
  const [version, setVersion] = useState(0);
  const [overview, setOverview] = useState<HistoryOverview | null>(null);
  const [filtered, setFiltered] = useState<FilteredHistory | null>(null);
  const reload = useCallback(async () => setVersion((n) => n + 1), []);
  const { script, mode, status, period } = filter;
  useEffect(() => {
    let current = true;
    const summaries = appStorage().summaries;
    const chosen = { script, mode, status, period };
    const key = filterKey(chosen);
    const none: FilteredHistory = { key, query: null, first: [], count: 0, charted: [] };
    const show = (next: FilteredHistory) => {
      if (current) setFiltered(next);
    };
    const read = async () => {
      if (!profileId) return show(none);
      const query = summaryQuery(profileId, chosen, new Date());
      const first = await summaries.page(query, 0, FIRST_READ);
      const charted = first
        .filter((row) => row.status === 'ended' && row.scores)
        .slice(0, CHART_CALLS);
      // Fewer than a full read: that is every match, nothing left to count. No filter: the
      // overview's total is the count, not counted twice.
      const counted = first.length < FIRST_READ ? first.length : null;
      const shown = { key, query, first, count: counted, charted };
      show(shown);
      if (counted === null && key !== NO_FILTER_KEY)
        show({ ...shown, count: await summaries.count(query) });
    };
    void read().catch((error: unknown) => show(reported(none)(error)));
    return () => {
      current = false;
    };
  }, [profileId, version, script, mode, status, period]);
  // The overview waits for the first rows of the filter: the database answers in turn.
  const firstShown = filtered !== null;
  useEffect(() => {
    if (!firstShown) return;
    let current = true;
    const summaries = appStorage().summaries;
    const read = profileId
      ? Promise.all([
          summaries.count({ profileId }),
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
  }, [profileId, version, firstShown]);
  return { profileId, overview, filtered, reload };
}

/** How many sessions a result lists: its own count, or with no filter, the overview's total. */
export function matchCount(
  filtered: FilteredHistory,
  overview: HistoryOverview | null,
): number | null {
  if (filtered.count !== null) return filtered.count;
  return filtered.key === NO_FILTER_KEY ? (overview?.total ?? null) : null;
}

/**
 * The rows of the list by their place in it: the first read at once, then a page at a time
 * as they scroll into view, kept so that scrolling back costs nothing. A new result (filter,
 * export) starts again from its own first read.
 */
export function useSummaryRows(filtered: FilteredHistory) {
  const [state, setState] = useState(() => ({ source: filtered, rows: firstRows(filtered) }));
  const [asked] = useState(() => new Set<number>());
  // A new result replaces the rows during the render that receives it, not one render later.
  if (state.source !== filtered) {
    asked.clear();
    setState({ source: filtered, rows: firstRows(filtered) });
  }
  const rows = state.source === filtered ? state.rows : firstRows(filtered);
  const want = useCallback(
    (first: number, last: number) => {
      const { query, first: read } = filtered;
      if (!query) return;
      for (let page = Math.floor(first / PAGE); page <= Math.floor(last / PAGE); page += 1) {
        // Pages inside the first read are there already.
        if ((page + 1) * PAGE <= read.length || asked.has(page)) continue;
        asked.add(page);
        void appStorage()
          .summaries.page(query, page * PAGE, PAGE)
          .then((found) =>
            setState((known) => {
              if (known.source !== filtered) return known;
              const next = new Map(known.rows);
              found.forEach((row, offset) => next.set(page * PAGE + offset, row));
              return { source: filtered, rows: next };
            }),
          )
          .catch((error: unknown) => {
            asked.delete(page);
            useStorageStatusStore.getState().reportFailure(error, 'sessions.list');
          });
      }
    },
    [filtered, asked],
  );
  return { rows, want };
}

function firstRows(filtered: FilteredHistory): Map<number, SessionSummary> {
  return new Map(filtered.first.map((row, index) => [index, row]));
}
