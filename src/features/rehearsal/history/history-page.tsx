import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/ui/page-heading';
import { FeedbackSection } from '../feedback/feedback-section';
import { RehearsalNav } from '../rehearsal-nav';
import { HistoryFilters } from './history-filters';
import { HistoryTable } from './history-table';
import { ProgressChart } from './progress-chart';
import { progressPoints } from './progress-data';
import { filterFromParams, filterToParams, type SessionFilter } from './session-filter';
import { CHART_CALLS, filterKey, useHistory } from './use-history';
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
  const total = overview?.total ?? 0;
  const shown = filtered?.ids ?? [];
  // Until the new filter's rows are read, the list says it is busy (the old rows stay).
  const busy = filtered?.key !== filterKey(filter);
  return (
    <article className="area-page area-page--wide">
      <PageHeading appName={t('app.name')}>{t('rehearsal.history.title')}</PageHeading>
      <RehearsalNav />
      {(!overview || !filtered) && <p role="status">{t('rehearsal.history.loading')}</p>}
      {overview?.total === 0 && <p>{t('rehearsal.history.empty')}</p>}
      {overview && filtered && total > 0 && (
        <>
          {overview.neverExported > 0 && (
            <p className="reminder">
              {t('rehearsal.history.neverExported', { count: overview.neverExported })}
            </p>
          )}
          <div className="button-row">
            <button type="button" className="button" onClick={() => void exportSessions('all')}>
              {t('rehearsal.history.exportAll')}
            </button>
            {/* A filtered list can go to the team lead as it is, e.g. this week's Générales. */}
            {shown.length > 0 && shown.length < total && (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => void exportSessions(shown)}
              >
                {t('rehearsal.history.exportShown', { count: shown.length })}
              </button>
            )}
          </div>
          <p role="status">{done ? t('rehearsal.history.exported') : ''}</p>
          <FeedbackSection />
          <HistoryFilters filter={filter} onChange={setFilter} scripts={overview.scripts} />
          <p role="status">{t('rehearsal.history.shown', { shown: shown.length, total })}</p>
          <section aria-labelledby="progress-title">
            <h2 id="progress-title">{t('rehearsal.history.progress.title')}</h2>
            {points.length === CHART_CALLS && (
              <p>{t('rehearsal.history.progress.latest', { count: CHART_CALLS })}</p>
            )}
            <ProgressChart points={points} />
          </section>
          {shown.length === 0 ? (
            <p>{t('rehearsal.history.noMatch')}</p>
          ) : (
            <HistoryTable ids={shown} busy={busy} onExport={exportOne} />
          )}
        </>
      )}
    </article>
  );
}
