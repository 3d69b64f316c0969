import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { EdgeLabel } from './edge-label-layer';
import './branch-edge.css';

/**
 * A branch on the map, its words in an HTML box on React Flow's edge label layer. React Flow's
 * own SVG label measures itself (getBBox: a forced layout, then a second render) every time an
 * edge comes into view, and with only the visible part of a 500-step map drawn, panning brings
 * edges into view on every frame. The box goes to that layer through `EdgeLabel`, which finds it
 * once rather than on every frame.
 */
function BranchEdgeView({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  label,
  markerEnd,
}: EdgeProps) {
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    sourcePosition,
    targetX,
    targetY,
    targetPosition,
  });
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} />
      {label ? (
        <EdgeLabel>
          <div
            className="branch-label"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            {label}
          </div>
        </EdgeLabel>
      ) : null}
    </>
  );
}

export const BranchEdge = memo(BranchEdgeView);
