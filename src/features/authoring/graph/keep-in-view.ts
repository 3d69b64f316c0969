import { useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useCallback, useEffect } from 'react';
import { NODE_HEIGHT, NODE_WIDTH } from './graph-model';

/** Margins of the map kept free of steps, in screen pixels: the right one holds the panels. */
export interface ClearInsets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The minimap's and the buttons' boxes, in the pane's pixels. */
function panelsIn(domNode: Element): Rect[] {
  const pane = domNode.getBoundingClientRect();
  return [...domNode.querySelectorAll('.react-flow__minimap, .react-flow__controls')].map((el) => {
    const box = el.getBoundingClientRect();
    return {
      left: box.left - pane.left,
      top: box.top - pane.top,
      right: box.right - pane.left,
      bottom: box.bottom - pane.top,
    };
  });
}

/**
 * Moves the view, at the same zoom, so that a step not wholly in sight (inside the pane's margins
 * and off the minimap and the buttons) is: centred between the margins and the panels' band when
 * it fits there, else against the left margin, at the top or the bottom, wherever no panel
 * covers it. Returns whether it moved.
 */
export function bringIntoView(state: ReactFlowState, stepId: string, clear: ClearInsets): boolean {
  const { nodeLookup, transform, width, height, panZoom, domNode } = state;
  const node = nodeLookup.get(stepId);
  if (!node || !panZoom || !domNode || width <= 0 || height <= 0) return false;
  const [tx, ty, zoom] = transform;
  const w = (node.measured.width ?? node.width ?? NODE_WIDTH) * zoom;
  const h = (node.measured.height ?? node.height ?? NODE_HEIGHT) * zoom;
  const { x, y } = node.internals.positionAbsolute;
  const panels = panelsIn(domNode);
  const fits = (left: number, top: number) => {
    const box = { left, top, right: left + w, bottom: top + h };
    return (
      left >= clear.left &&
      top >= clear.top &&
      box.right <= width - clear.left &&
      box.bottom <= height - clear.bottom &&
      panels.every((panel) => !overlaps(box, panel))
    );
  };
  if (fits(x * zoom + tx, y * zoom + ty)) return false;
  const band = width - clear.right - clear.left;
  const lefts = [...(w <= band ? [clear.left + (band - w) / 2] : []), clear.left];
  const middle = clear.top + (height - clear.top - clear.bottom - h) / 2;
  const tops = [middle, clear.top, height - clear.bottom - h];
  const spot = lefts
    .flatMap((left) => tops.map((top) => ({ left, top })))
    .find(({ left, top }) => fits(left, top)) ?? { left: lefts[0] ?? clear.left, top: middle };
  void panZoom.setViewport({ x: spot.left - x * zoom, y: spot.top - y * zoom, zoom });
  return true;
}

/**
 * Keeps the step the trainer works on in sight, clear of the minimap and the buttons: the
 * selected one (a step just added is laid out beyond the view fitted at opening, and a finding
 * chosen in the problems panel may be anywhere), and a step reached with Tab. React Flow's own
 * pan on focus brings a step only just inside the pane, where it can sit under the panels; it is
 * turned off on the map (`autoPanOnNodeFocus`) in favour of this. Rendered inside React Flow.
 */
export function KeepInView({ stepId, clear }: { stepId: string | undefined; clear: ClearInsets }) {
  const store = useStoreApi();
  // Whether the selected step is on the map yet: a step just added arrives with the next nodes.
  const present = useStore(
    useCallback((s: ReactFlowState) => !!stepId && s.nodeLookup.has(stepId), [stepId]),
  );
  // Only when the selection changes or its step arrives: a selected step being dragged must not
  // pull the view along.
  useEffect(() => {
    if (stepId && present) bringIntoView(store.getState(), stepId, clear);
  }, [stepId, present, store, clear]);

  const domNode = useStore((s: ReactFlowState) => s.domNode);
  useEffect(() => {
    if (!domNode) return undefined;
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof Element) || !target.classList.contains('react-flow__node')) return;
      const id = target.getAttribute('data-id');
      if (id !== null) bringIntoView(store.getState(), id, clear);
    };
    domNode.addEventListener('focusin', onFocusIn);
    return () => domNode.removeEventListener('focusin', onFocusIn);
  }, [domNode, store, clear]);
  return null;
}
