import { useStore } from '@xyflow/react';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';

// React Flow's HTML layer for edge labels, by map (one lookup per map, not per frame).
const layers = new WeakMap<HTMLElement, Element>();

function labelLayerOf(map: HTMLElement): Element | null {
  const known = layers.get(map);
  if (known?.isConnected) return known;
  const found = map.querySelector('.react-flow__edgelabel-renderer');
  if (found) layers.set(map, found);
  return found;
}

/**
 * Renders an edge's label in React Flow's label layer, as its `EdgeLabelRenderer` does. That one
 * finds the layer with a selector on the flow's store, so every labelled edge on screen ran a
 * `querySelector` over the whole map on every pan and zoom frame (the top JS item of a pan
 * profile at 500 steps); here the map's element is the only thing read from the store.
 */
export function EdgeLabel({ children }: { children: ReactNode }) {
  const map = useStore((state) => state.domNode);
  const layer = map ? labelLayerOf(map) : null;
  return layer ? createPortal(children, layer) : null;
}
