import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SessionRecord } from '@/storage/session-record';
import { formatDateTime, formatDuration, formatGrade, formatOutOf20, onTwenty } from '../format';
import { stagePath } from '../rehearsal-paths';

interface HistoryTableProps {
  sessions: readonly SessionRecord[];
  onExport: (session: SessionRecord) => void;
}

/** The sessions with their scores; each row opens the session's debrief (or resumes the call). */
export function HistoryTable({ sessions, onExport }: HistoryTableProps) {
  const { t, i18n } = useTranslation();
  const score = (value: number) => formatOutOf20(onTwenty(value), i18n.language);
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={t('rehearsal.history.tableLabel')}
      // A wide table scrolls on a phone: keyboard users must be able to focus it to scroll.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      <table className="history-table">
        <thead>
          <tr>
            <th scope="col">{t('rehearsal.history.date')}</th>
            <th scope="col">{t('rehearsal.history.script')}</th>
            <th scope="col">{t('rehearsal.history.mode')}</th>
            <th scope="col">{t('rehearsal.history.status')}</th>
            <th scope="col">{t('rehearsal.history.overall')}</th>
            <th scope="col">{t('rehearsal.debrief.brandTone')}</th>
            <th scope="col">{t('rehearsal.debrief.recovery')}</th>
            <th scope="col">{t('rehearsal.history.compliance')}</th>
            <th scope="col">{t('rehearsal.stage.clock')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('rehearsal.history.open')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => {
            const date = formatDateTime(session.startedAt, i18n.language);
            const card = session.status === 'ended' ? session.scoreCard : null;
            const outcome = session.engine.outcome?.success
              ? t('rehearsal.history.outcomeSuccess')
              : t('rehearsal.history.outcomeFailure');
            return (
              <tr key={session.id}>
                <td>{date}</td>
                <td lang={session.language} dir="auto">
                  {session.scriptTitle}
                </td>
                <td>{t(`rehearsal.modeName.${session.mode}`)}</td>
                <td>
                  {t(`rehearsal.history.state.${session.status}`)}
                  {session.status === 'ended' && ` — ${outcome}`}
                </td>
                <td>{card ? formatGrade(t, card.overall, i18n.language) : '—'}</td>
                <td>{card ? score(card.brandTone) : '—'}</td>
                <td>
                  {!card
                    ? '—'
                    : card.recovery === null
                      ? t('rehearsal.history.notMeasured')
                      : score(card.recovery)}
                </td>
                <td>
                  {!card
                    ? '—'
                    : card.compliance.passed
                      ? t('rehearsal.history.compliant')
                      : t('rehearsal.history.nonCompliant')}
                </td>
                <td>{formatDuration(session.elapsedSeconds)}</td>
                <td>
                  {/* A flex cell would stop being a table cell: the row of buttons sits inside. */}
                  <div className="button-row">
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
                      onClick={() => onExport(session)}
                    >
                      {t('rehearsal.history.exportOne')}
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
