import { useStore } from 'zustand';
import { useHistoryKeys } from '../history/use-history-keys';
import { useEditorStore } from './editor-store';

/** Read at call time: the temporal store's actions are its own, not React state. */
export const undoEdit = () => useEditorStore.temporal.getState().undo();
export const redoEdit = () => useEditorStore.temporal.getState().redo();

/** Whether undo and redo have something to do, for the toolbar buttons. */
export function useHistoryState() {
  const canUndo = useStore(useEditorStore.temporal, (state) => state.pastStates.length > 0);
  const canRedo = useStore(useEditorStore.temporal, (state) => state.futureStates.length > 0);
  return { canUndo, canRedo };
}

/** Ctrl+Z / Ctrl+Shift+Z on the editor store's history, anywhere in the studio. */
export function useUndoKeys() {
  useHistoryKeys(undoEdit, redoEdit);
}
