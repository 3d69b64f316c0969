import { memo, type Ref } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '@/storage/session-record';
import { formatDateTime, formatDuration, formatGrade, formatOutOf20, onTwenty } from '../format';
import { stagePath } from '../rehearsal-paths';

interface HistoryRowProps {
  session: SessionSummary;
  /** Its place in the whole list (the header is row 1), for screen readers in a partial table. */
  rowIndex: number;
  onExport: (id: string) => void;
  ref?: Ref<HTMLTableRowElement> | undefined;
}

/** One session with its scores; memoised, so scrolling renders only the rows coming into view. */
export const HistoryRow = memo(function HistoryRow({
  session,
  rowIndex,
  onExport,
  ref,
}: HistoryRowProps) {
  const { t, i18n } = useTranslation();
  const score = (value: number) => formatOutOf20(onTwenty(value), i18n.language);
  const date = formatDateTime(session.startedAt, i18n.language);
  const card = session.status === 'ended' ? session.scores : null;
  const outcome = session.success
    ? t('rehearsal.history.outcomeSuccess')
    : t('rehearsal.history.outcomeFailure');
  return (
    <tr ref={ref} aria-rowindex={rowIndex} data-index={rowIndex - 2}>
      <td>{date}</td>
      <td lang={session.language} dir="auto">
        {session.scriptTitle}
      </td>
      <td>{t(`rehearsal.modeName.${session.mode}`)}</td>
      <td>
        {t(`rehearsal.history.state.${session.status}`)}
        {session.status === 'ended' && ` — ${outcome}`}
      </td>
      <td>
        {card
          ? formatGrade(
              t,
              { outOf20: card.outOf20, grade: card.grade, label: card.label },
              i18n.language,
            )
          : '—'}
      </td>
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
          : card.compliant
            ? t('rehearsal.history.compliant')
            : t('rehearsal.history.nonCompliant')}
      </td>
      <td>{formatDuration(session.elapsedSeconds)}</td>
      <td>
        {/* A flex cell would stop being a table cell: the row of buttons sits inside. */}
        <div className="button-row">
          <Link
            to={stagePath(session.id)}
            aria-label={t('rehearsal.history.openSession', { title: session.scriptTitle, date })}
          >
            {t('rehearsal.history.open')}
          </Link>
          <button
            type="button"
            className="button button--quiet"
            aria-label={t('rehearsal.history.exportOneLabel', { title: session.scriptTitle, date })}
            onClick={() => onExport(session.id)}
          >
            {t('rehearsal.history.exportOne')}
          </button>
        </div>
      </td>
    </tr>
  );
});
