import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SummaryQuery } from '@/storage/summary-repository';
import { appStorage } from '@/stores/app-storage-registry';
import { useStorageStatusStore } from '@/stores/storage-status-store';
import { PageHeading } from '@/ui/page-heading';
import { FeedbackSection } from '../feedback/feedback-section';
import { RehearsalNav } from '../rehearsal-nav';
import { HistoryFilters } from './history-filters';
import { HistoryTable } from './history-table';
import { ProgressChart } from './progress-chart';
import { progressPoints } from './progress-data';
import { filterFromParams, filterToParams, type SessionFilter } from './session-filter';
import { CHART_CALLS, filterKey, matchCount, useHistory } from './use-history';
import { useExport } from './use-export';
import '../rehearsal.css';

/**
 * My sessions: every call played on this device, filtered, with progress and the export. Read
 * through the per-session summaries' indexes: a year of calls costs what a screenful does.
 */
export function HistoryPage() {
  const { t } = useTranslation();
  // The filters live in the address: back from a past debrief, they are as they were.
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const { overview, filtered, reload } = useHistory(filter);
  const { exportSessions, done } = useExport(reload);
  const setFilter = (next: SessionFilter) => setParams(filterToParams(next), { replace: true });
  const points = useMemo(() => progressPoints(filtered?.charted ?? []), [filtered]);
  const exportOne = useCallback((id: string) => void exportSessions([id]), [exportSessions]);
  // The filtered list's ids are read only when it is exported: keys only, in the indexes.
  const exportShown = async (query: SummaryQuery) => {
    const ids = await appStorage()
      .summaries.ids(query)
      .catch((error: unknown) => {
        useStorageStatusStore.getState().reportFailure(error, 'sessions.list');
        return [];
      });
    await exportSessions(ids);
  };
  const total = overview?.total ?? null;
  const count = filtered ? matchCount(filtered, overview) : null;
  // Until the new filter's first rows are read, the list says it is busy (the old rows stay).
  // The count follows them: the table says its size is unknown meanwhile.
  const busy = filtered?.key !== filterKey(filter);
  // The first rows show as soon as they are read; the counts and the reminder follow. An empty
  // result waits for the total, to tell « no session yet » from « none matches ».
  const ready = filtered !== null && (filtered.first.length > 0 || overview !== null);
  return (
    <article className="area-page area-page--wide">
      <PageHeading appName={t('app.name')}>{t('rehearsal.history.title')}</PageHeading>
      <RehearsalNav />
      {!ready && <p role="status">{t('rehearsal.history.loading')}</p>}
      {ready && total === 0 && <p>{t('rehearsal.history.empty')}</p>}
      {ready && total !== 0 && (
        <>
          {overview && overview.neverExported > 0 && (
            <p className="reminder">
              {t('rehearsal.history.neverExported', { count: overview.neverExported })}
            </p>
          )}
          <div className="button-row">
            <button type="button" className="button" onClick={() => void exportSessions('all')}>
              {t('rehearsal.history.exportAll')}
            </button>
            {/* A filtered list can go to the team lead as it is, e.g. this week's Générales. */}
            {filtered.query && count !== null && total !== null && count > 0 && count < total && (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => filtered.query && void exportShown(filtered.query)}
              >
                {t('rehearsal.history.exportShown', { count })}
              </button>
            )}
          </div>
          <p role="status">{done ? t('rehearsal.history.exported') : ''}</p>
          <FeedbackSection />
          <HistoryFilters filter={filter} onChange={setFilter} scripts={overview?.scripts ?? []} />
          <p role="status">
            {count !== null && total !== null
              ? t('rehearsal.history.shown', { shown: count, total })
              : ''}
          </p>
          <section aria-labelledby="progress-title">
            <h2 id="progress-title">{t('rehearsal.history.progress.title')}</h2>
            {points.length === CHART_CALLS && (
              <p>{t('rehearsal.history.progress.latest', { count: CHART_CALLS })}</p>
            )}
            <ProgressChart points={points} />
          </section>
          {filtered.first.length === 0 ? (
            <p>{t('rehearsal.history.noMatch')}</p>
          ) : (
            <HistoryTable filtered={filtered} count={count} busy={busy} onExport={exportOne} />
          )}
        </>
      )}
    </article>
  );
}
