import { useAuthoringTranslation } from '../use-authoring-translation';

interface HistoryButtonsProps {
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
}

/** The Annuler / Rétablir pair of the editor's toolbar and of the brand and persona forms. */
export function HistoryButtons({ canUndo, canRedo, onUndo, onRedo }: HistoryButtonsProps) {
  const { t } = useAuthoringTranslation();
  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        disabled={!canUndo}
        onClick={onUndo}
        aria-keyshortcuts="Control+Z"
      >
        {t('toolbar.undo')}
      </button>
      <button
        type="button"
        className="button button--quiet"
        disabled={!canRedo}
        onClick={onRedo}
        aria-keyshortcuts="Control+Shift+Z"
      >
        {t('toolbar.redo')}
      </button>
    </>
  );
}
