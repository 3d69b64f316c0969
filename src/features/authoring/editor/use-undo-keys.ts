import { useEffect } from 'react';
import { useStore } from 'zustand';
import { useEditorStore } from './editor-store';

/** Whether undo and redo have something to do, for the toolbar buttons. */
export function useHistoryState() {
  const canUndo = useStore(useEditorStore.temporal, (state) => state.pastStates.length > 0);
  const canRedo = useStore(useEditorStore.temporal, (state) => state.futureStates.length > 0);
  return { canUndo, canRedo };
}

/**
 * Ctrl+Z undoes, Ctrl+Shift+Z (or Ctrl+Y) redoes, anywhere in the studio. Fields are controlled
 * by the store, so the store's history (typing grouped) replaces the browser's own field undo.
 */
export function useUndoKeys() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      const history = useEditorStore.temporal.getState();
      if (key === 'z' && !event.shiftKey) history.undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') history.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
