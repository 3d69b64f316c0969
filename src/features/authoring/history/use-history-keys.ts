import { useEffect } from 'react';

/**
 * Ctrl+Z undoes, Ctrl+Shift+Z (or Ctrl+Y) redoes anywhere on the page, for the script editor and
 * the brand and persona forms alike: their fields are controlled by a history (typing grouped),
 * which replaces the browser's own field undo.
 */
export function useHistoryKeys(onUndo: () => void, onRedo: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) onUndo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') onRedo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onUndo, onRedo]);
}
