import { useTranslation } from 'react-i18next';
import type { SessionRecord } from '@/storage/session-record';

/** "17.4/20 — Très bien", or the outcome when the session has no score card. */
export function useResultLabel() {
  const { t } = useTranslation();
  return (record: SessionRecord): string => {
    const card = record.scoreCard;
    if (card) return `${card.overall.outOf20}/20 — ${card.overall.label}`;
    return t(
      record.engine.outcome?.success
        ? 'rehearsal.history.outcomeSuccess'
        : 'rehearsal.history.outcomeFailure',
    );
  };
}
