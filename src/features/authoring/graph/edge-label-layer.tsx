import { createContext, useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/** React Flow's HTML layer for edge labels in the map being shown, found once by the map. */
export const EdgeLabelLayer = createContext<Element | null>(null);

/** Where React Flow draws edge labels inside the map's element. */
export function findEdgeLabelLayer(map: Element): Element | null {
  return map.querySelector('.react-flow__edgelabel-renderer');
}

/**
 * Renders an edge's label in React Flow's label layer, as its `EdgeLabelRenderer` does. That one
 * finds the layer through a selector on the flow's store, which every labelled edge on screen ran
 * (a `querySelector` over the whole map) on every pan and zoom frame: the top JS item of a pan
 * profile at 500 steps. The map finds the layer once and hands it down.
 */
export function EdgeLabel({ children }: { children: ReactNode }) {
  const layer = useContext(EdgeLabelLayer);
  return layer ? createPortal(children, layer) : null;
}
