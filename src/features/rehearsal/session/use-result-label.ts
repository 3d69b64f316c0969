import { useTranslation } from 'react-i18next';
import type { SessionSummary } from '@/storage/session-record';
import { formatGrade } from '../format';

/** « 17,4/20 — Très bien » (the shared formatter), or the outcome when the session has no score. */
export function useResultLabel() {
  const { t, i18n } = useTranslation();
  return (summary: SessionSummary): string => {
    const scores = summary.scores;
    if (scores) return formatGrade(t, scores, i18n.language);
    return t(
      summary.success ? 'rehearsal.history.outcomeSuccess' : 'rehearsal.history.outcomeFailure',
    );
  };
}
