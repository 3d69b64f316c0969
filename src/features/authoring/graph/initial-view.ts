import { getViewportForBounds, type FitViewOptions, type Viewport } from '@xyflow/react';
import { NODE_HEIGHT, NODE_WIDTH, type StepNode } from './graph-model';

/** The map's pane size and the fitted view it opens at. */
export interface InitialView {
  width: number;
  height: number;
  viewport: Viewport;
}

/**
 * The view React Flow's `fitView` would settle on, computed before React Flow is mounted, from
 * the laid-out positions and the steps' known size. React Flow given it (as its starting view and
 * size) draws the fitted map in its first pass. Otherwise it first draws at zoom 1 and an unknown
 * size, measures, then fits and draws again. `null` while the pane has no size (a hidden panel):
 * React Flow then fits on its own once it has measured.
 */
export function initialView(
  nodes: readonly StepNode[],
  width: number,
  height: number,
  fit: FitViewOptions,
  minZoom: number,
  maxZoom: number,
): InitialView | null {
  if (width <= 0 || height <= 0 || nodes.length === 0) return null;
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const { position } of nodes) {
    left = Math.min(left, position.x);
    top = Math.min(top, position.y);
    right = Math.max(right, position.x + NODE_WIDTH);
    bottom = Math.max(bottom, position.y + NODE_HEIGHT);
  }
  const bounds = { x: left, y: top, width: right - left, height: bottom - top };
  const viewport = getViewportForBounds(
    bounds,
    width,
    height,
    fit.minZoom ?? minZoom,
    fit.maxZoom ?? maxZoom,
    fit.padding ?? 0.1,
  );
  return { width, height, viewport };
}
