import type { TFunction } from 'i18next';
import { memo, useMemo, type Ref } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { REHEARSAL_MODES } from '@/domain/customer/customer.types';
import type { SessionSummary } from '@/storage/session-record';
import { formatDateTime, formatDuration, formatGrade, formatOutOf20, onTwenty } from '../format';
import { stagePath } from '../rehearsal-paths';

/**
 * The words every row shares, translated once per language for the whole table: looked up per
 * cell, they were most of a row's cost on a slow PC.
 */
export interface RowWords {
  t: TFunction;
  language: string;
  modes: Record<string, string>;
  states: Record<SessionSummary['status'], string>;
  success: string;
  failure: string;
  notMeasured: string;
  compliant: string;
  nonCompliant: string;
  open: string;
  exportOne: string;
}

export function useRowWords(): RowWords {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      t,
      language,
      modes: Object.fromEntries(
        REHEARSAL_MODES.map((mode) => [mode, t(`rehearsal.modeName.${mode}`)]),
      ),
      states: {
        ended: t('rehearsal.history.state.ended'),
        in_progress: t('rehearsal.history.state.in_progress'),
        abandoned: t('rehearsal.history.state.abandoned'),
      },
      success: t('rehearsal.history.outcomeSuccess'),
      failure: t('rehearsal.history.outcomeFailure'),
      notMeasured: t('rehearsal.history.notMeasured'),
      compliant: t('rehearsal.history.compliant'),
      nonCompliant: t('rehearsal.history.nonCompliant'),
      open: t('rehearsal.history.open'),
      exportOne: t('rehearsal.history.exportOne'),
    }),
    [t, language],
  );
}

interface HistoryRowProps {
  session: SessionSummary;
  words: RowWords;
  /** Its place in the whole list (the header is row 1), for screen readers in a partial table. */
  rowIndex: number;
  onExport: (id: string) => void;
  ref?: Ref<HTMLTableRowElement> | undefined;
}

/** One session with its scores; memoised, so scrolling renders only the rows coming into view. */
export const HistoryRow = memo(function HistoryRow({
  session,
  words,
  rowIndex,
  onExport,
  ref,
}: HistoryRowProps) {
  const { t, language } = words;
  const score = (value: number) => formatOutOf20(onTwenty(value), language);
  const date = formatDateTime(session.startedAt, language);
  const card = session.status === 'ended' ? session.scores : null;
  const outcome = session.success ? words.success : words.failure;
  return (
    <tr ref={ref} aria-rowindex={rowIndex} data-index={rowIndex - 2}>
      <td>{date}</td>
      <td lang={session.language} dir="auto">
        {session.scriptTitle}
      </td>
      <td>{words.modes[session.mode]}</td>
      <td>
        {words.states[session.status]}
        {session.status === 'ended' && ` — ${outcome}`}
      </td>
      <td>
        {card
          ? formatGrade(
              t,
              { outOf20: card.outOf20, grade: card.grade, label: card.label },
              language,
            )
          : '—'}
      </td>
      <td>{card ? score(card.brandTone) : '—'}</td>
      <td>{!card ? '—' : card.recovery === null ? words.notMeasured : score(card.recovery)}</td>
      <td>{!card ? '—' : card.compliant ? words.compliant : words.nonCompliant}</td>
      <td>{formatDuration(session.elapsedSeconds)}</td>
      <td>
        {/* A flex cell would stop being a table cell: the row of buttons sits inside. */}
        <div className="button-row">
          <Link
            to={stagePath(session.id)}
            aria-label={t('rehearsal.history.openSession', { title: session.scriptTitle, date })}
          >
            {words.open}
          </Link>
          <button
            type="button"
            className="button button--quiet"
            aria-label={t('rehearsal.history.exportOneLabel', { title: session.scriptTitle, date })}
            onClick={() => onExport(session.id)}
          >
            {words.exportOne}
          </button>
        </div>
      </td>
    </tr>
  );
});
