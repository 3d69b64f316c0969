import dagre from '@dagrejs/dagre';
import { Position as Side, type Node, type NodeHandle } from '@xyflow/react';
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
/** React Flow's handle box (its style.css: 6px, border included by the app's box-sizing). */
const HANDLE_SIZE = 6;

/** A step's size on screen: as React Flow last measured it, or the size it is drawn at least. */
export interface StepSize {
  width: number;
  height: number;
}
export const DEFAULT_SIZE: StepSize = { width: NODE_WIDTH, height: NODE_HEIGHT };

/**
 * Where a step's handles sit, as React Flow measures them on a drawn step: the target centred on
 * the top edge, the source on the bottom one (an outcome has none). Declared, React Flow knows
 * where a branch starts and ends without drawing the step: otherwise it draws every step once
 * to measure its handles, even the hundreds off screen on a large map that it then takes away
 * (`onlyRenderVisibleElements` spares only measured steps). A drawn step is measured anyway, and
 * its measure wins.
 */
export function stepHandles(kind: ScriptStep['kind'], size: StepSize): NodeHandle[] {
  const box = { x: size.width / 2 - HANDLE_SIZE / 2, width: HANDLE_SIZE, height: HANDLE_SIZE };
  const target: NodeHandle = { ...box, type: 'target', position: Side.Top, y: -HANDLE_SIZE / 2 };
  if (kind === 'outcome') return [target];
  const y = size.height - HANDLE_SIZE / 2;
  return [target, { ...box, type: 'source', position: Side.Bottom, y }];
}

/**
 * The branches that shape the layout: those going one or two levels further from the start
 * (breadth-first). Loops back and long jumps (every decision to the one « lost » outcome) are
 * still drawn, but laid out they would make dagre thread a chain of dummy nodes through every
 * level they cross — quadratic, 13 s of CPU for a 500-step script against ~0.1 s without them.
 */
export function layoutEdges(script: Script, branches: readonly Branch[]): [string, string][] {
  const next = new Map<string, string[]>();
  for (const branch of branches)
    next.set(branch.from, [...(next.get(branch.from) ?? []), branch.to]);
  const depth = new Map<string, number>();
  const queue = script.steps.filter((step) => step.start).map((step) => step.id);
  queue.forEach((id) => depth.set(id, 0));
  for (let i = 0; i < queue.length; i += 1) {
    const id = queue[i] as string;
    for (const to of next.get(id) ?? []) {
      if (depth.has(to)) continue;
      depth.set(to, (depth.get(id) ?? 0) + 1);
      queue.push(to);
    }
  }
  const known = new Set(script.steps.map((step) => step.id));
  const seen = new Set<string>();
  return branches.flatMap((branch): [string, string][] => {
    const from = depth.get(branch.from);
    const to = depth.get(branch.to);
    const key = `${branch.from}\n${branch.to}`;
    // Steps the start does not reach keep their branches (they have no level to compare).
    const shapes =
      known.has(branch.to) &&
      (from === undefined || to === undefined || (to > from && to - from <= 2));
    if (!shapes || seen.has(key)) return [];
    seen.add(key);
    return [[branch.from, branch.to]];
  });
}

/** Positions for every step: the stored ones, and dagre's top-to-bottom layout for the rest. */
export function layoutSteps(
  script: Script,
  edges: readonly [string, string][],
): Map<string, Position> {
  const stored = script.layout?.positions ?? {};
  const positions = new Map<string, Position>();
  const missing = script.steps.filter((step) => !stored[step.id]);
  if (missing.length > 0) {
    const graph = new dagre.graphlib.Graph();
    graph.setGraph({ rankdir: 'TB', nodesep: 40, ranksep: 70 });
    graph.setDefaultEdgeLabel(() => ({}));
    for (const step of script.steps)
      graph.setNode(step.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
    for (const [from, to] of edges) graph.setEdge(from, to);
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

let last: { key: string; stored: unknown; positions: Map<string, Position> } | null = null;

/**
 * The layout, computed again only when what shapes it changed: the step ids, the laid-out
 * branches, the stored positions. Typing a title must not cost a dagre run (hundreds of ms at
 * 500 steps).
 */
export function cachedLayout(script: Script, branches: readonly Branch[]): Map<string, Position> {
  const edges = layoutEdges(script, branches);
  const key = `${script.steps.map((step) => step.id).join(' ')}|${edges.join(' ')}`;
  const stored = script.layout?.positions;
  if (last?.key !== key || last.stored !== stored)
    last = { key, stored, positions: layoutSteps(script, edges) };
  return last.positions;
}
