import { useTranslation } from 'react-i18next';
import type { SessionRecord } from '@/storage/session-record';
import { formatGrade } from '../format';

/** « 17,4/20 — Très bien » (the shared formatter), or the outcome when the session has no score card. */
export function useResultLabel() {
  const { t, i18n } = useTranslation();
  return (record: SessionRecord): string => {
    const card = record.scoreCard;
    if (card) return formatGrade(t, card.overall, i18n.language);
    return t(
      record.engine.outcome?.success
        ? 'rehearsal.history.outcomeSuccess'
        : 'rehearsal.history.outcomeFailure',
    );
  };
}
