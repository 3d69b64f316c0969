import dagre from '@dagrejs/dagre';
import type { Node } from '@xyflow/react';
import type { Position } from '@/domain/script/edit/meta-edits';
import type { Script, ScriptStep } from '@/domain/script/script-schema';
import type { Branch } from './branches';

/** What a node on the map shows. */
export interface StepNodeData extends Record<string, unknown> {
  step: ScriptStep;
  highlighted: boolean;
  problems: number;
}

export type StepNode = Node<StepNodeData, 'step'>;

export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 72;

/** Positions for every step: the stored ones, and dagre's top-to-bottom layout for the rest. */
export function layoutSteps(script: Script, branches: readonly Branch[]): Map<string, Position> {
  const stored = script.layout?.positions ?? {};
  const positions = new Map<string, Position>();
  const missing = script.steps.filter((step) => !stored[step.id]);
  if (missing.length > 0) {
    const graph = new dagre.graphlib.Graph();
    graph.setGraph({ rankdir: 'TB', nodesep: 40, ranksep: 70 });
    graph.setDefaultEdgeLabel(() => ({}));
    for (const step of script.steps)
      graph.setNode(step.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
    const known = new Set(script.steps.map((s) => s.id));
    for (const branch of branches) if (known.has(branch.to)) graph.setEdge(branch.from, branch.to);
    dagre.layout(graph);
    for (const step of missing) {
      const { x, y } = graph.node(step.id);
      // dagre gives centres; React Flow places nodes by their top-left corner.
      positions.set(step.id, { x: x - NODE_WIDTH / 2, y: y - NODE_HEIGHT / 2 });
    }
  }
  for (const [id, position] of Object.entries(stored)) positions.set(id, position);
  return positions;
}
