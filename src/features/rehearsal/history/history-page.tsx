import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '@/ui/page-heading';
import { formatDateTime, formatDuration } from '../format';
import { RehearsalNav } from '../rehearsal-nav';
import { stagePath } from '../rehearsal-paths';
import { useMySessions } from '../session/use-my-sessions';
import { useResultLabel } from '../session/use-result-label';
import { useExport } from './use-export';
import '../rehearsal.css';

/** My sessions: every call played on this device, newest first, with the export for the lead. */
export function HistoryPage() {
  const { t, i18n } = useTranslation();
  const { sessions, reload } = useMySessions();
  const { exportSessions, done } = useExport(reload);
  const resultLabel = useResultLabel();
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
          </div>
          <p role="status">{done ? t('rehearsal.history.exported') : ''}</p>
          <table className="history-table">
            <thead>
              <tr>
                <th scope="col">{t('rehearsal.history.date')}</th>
                <th scope="col">{t('rehearsal.history.script')}</th>
                <th scope="col">{t('rehearsal.history.mode')}</th>
                <th scope="col">{t('rehearsal.history.status')}</th>
                <th scope="col">{t('rehearsal.stage.clock')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('rehearsal.history.open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => {
                const date = formatDateTime(session.startedAt, i18n.language);
                return (
                  <tr key={session.id}>
                    <td>{date}</td>
                    <td lang={session.language}>{session.scriptTitle}</td>
                    <td>{t(`rehearsal.modeName.${session.mode}`)}</td>
                    <td>
                      {t(`rehearsal.history.state.${session.status}`)}
                      {session.status === 'ended' && ` — ${resultLabel(session)}`}
                    </td>
                    <td>{formatDuration(session.elapsedSeconds)}</td>
                    <td className="button-row">
                      <Link
                        to={stagePath(session.id)}
                        aria-label={t('rehearsal.history.openSession', {
                          title: session.scriptTitle,
                          date,
                        })}
                      >
                        {t('rehearsal.history.open')}
                      </Link>
                      <button
                        type="button"
                        className="button button--quiet"
                        aria-label={t('rehearsal.history.exportOneLabel', {
                          title: session.scriptTitle,
                          date,
                        })}
                        onClick={() => void exportSessions([session])}
                      >
                        {t('rehearsal.history.exportOne')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </article>
  );
}
