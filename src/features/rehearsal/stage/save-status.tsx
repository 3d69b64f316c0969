import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveState } from '../session/session-writer';

interface SaveStatusProps {
  state: SaveState;
  /** The call has ended: the write under way is the last one, with the score card. */
  final: boolean;
}

/** Says "saved" only once IndexedDB has reported the write complete, never before. */
export const SaveStatus = memo(function SaveStatus({ state, final }: SaveStatusProps) {
  const { t } = useTranslation();
  const key =
    state === 'failed'
      ? 'rehearsal.stage.saveFailed'
      : final
        ? state === 'saved'
          ? 'rehearsal.stage.finalSaved'
          : 'rehearsal.stage.finalSaving'
        : state === 'saved'
          ? 'rehearsal.stage.saved'
          : 'rehearsal.stage.saving';
  return (
    <p className={`save-state save-state--${state}`} role="status">
      {t(key)}
    </p>
  );
});
