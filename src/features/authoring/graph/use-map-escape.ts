import { useCallback, type Dispatch, type KeyboardEvent, type SetStateAction } from 'react';
import { useEditorStore } from '../editor/editor-store';

/**
 * Escape on a step or a branch of the map: its selection is cancelled and focus stays on it.
 * React Flow's own answer also blurs the element, and focus falls back to the page's start: a
 * keyboard user loses their place on the map. Used as the map's key-down capture handler, so
 * React Flow never sees that Escape. A step's selection is the inspector's; cancelled, the
 * inspector shows the script's own form again.
 */
export function useMapEscape(setSelectedEdges: Dispatch<SetStateAction<ReadonlySet<string>>>) {
  return useCallback(
    (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !(event.target instanceof Element)) return;
      const target = event.target;
      const id = target.getAttribute('data-id');
      const isNode = target.classList.contains('react-flow__node');
      const isEdge = target.classList.contains('react-flow__edge');
      if (id === null || !(isNode || isEdge)) return;
      event.stopPropagation();
      if (isNode) {
        const { selection, select } = useEditorStore.getState();
        if (selection.type === 'step' && selection.stepId === id) select({ type: 'meta' });
        return;
      }
      setSelectedEdges((current) => {
        if (!current.has(id)) return current;
        const next = new Set(current);
        next.delete(id);
        return next;
      });
    },
    [setSelectedEdges],
  );
}
