import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/ui/page-heading';
import { FeedbackSection } from '../feedback/feedback-section';
import { RehearsalNav } from '../rehearsal-nav';
import { useMySessions } from '../session/use-my-sessions';
import { HistoryFilters } from './history-filters';
import { HistoryTable } from './history-table';
import { ProgressChart } from './progress-chart';
import { progressPoints } from './progress-data';
import {
  filterFromParams,
  filterSessions,
  filterToParams,
  playedScripts,
  type SessionFilter,
} from './session-filter';
import { useExport } from './use-export';
import '../rehearsal.css';

/** My sessions: every call played on this device, filtered, with progress and the export. */
export function HistoryPage() {
  const { t } = useTranslation();
  const { sessions, reload } = useMySessions();
  const { exportSessions, done } = useExport(reload);
  // The filters live in the address: back from a past debrief, they are as they were.
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const setFilter = (next: SessionFilter) => setParams(filterToParams(next), { replace: true });
  const shown = useMemo(
    () => (sessions ? filterSessions(sessions, filterFromParams(params), new Date()) : []),
    [sessions, params],
  );
  const points = useMemo(() => progressPoints(shown), [shown]);
  const neverExported = sessions?.filter((session) => !session.exportedAt).length ?? 0;
  return (
    <article className="area-page area-page--wide">
      <PageHeading appName={t('app.name')}>{t('rehearsal.history.title')}</PageHeading>
      <RehearsalNav />
      {!sessions && <p role="status">{t('rehearsal.history.loading')}</p>}
      {sessions?.length === 0 && <p>{t('rehearsal.history.empty')}</p>}
      {sessions && sessions.length > 0 && (
        <>
          {neverExported > 0 && (
            <p className="reminder">
              {t('rehearsal.history.neverExported', { count: neverExported })}
            </p>
          )}
          <div className="button-row">
            <button type="button" className="button" onClick={() => void exportSessions(sessions)}>
              {t('rehearsal.history.exportAll')}
            </button>
            {/* A filtered list can go to the team lead as it is, e.g. this week's Générales. */}
            {shown.length > 0 && shown.length < sessions.length && (
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
          <FeedbackSection sessions={sessions} />
          <HistoryFilters filter={filter} onChange={setFilter} scripts={playedScripts(sessions)} />
          <p role="status">
            {t('rehearsal.history.shown', { shown: shown.length, total: sessions.length })}
          </p>
          <section aria-labelledby="progress-title">
            <h2 id="progress-title">{t('rehearsal.history.progress.title')}</h2>
            <ProgressChart points={points} />
          </section>
          {shown.length === 0 ? (
            <p>{t('rehearsal.history.noMatch')}</p>
          ) : (
            <HistoryTable sessions={shown} onExport={(session) => void exportSessions([session])} />
          )}
        </>
      )}
    </article>
  );
}
