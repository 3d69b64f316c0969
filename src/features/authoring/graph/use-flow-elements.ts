import { MarkerType, type Edge } from '@xyflow/react';
import { useMemo } from 'react';
import type { Script, ScriptStep } from '@/domain/script/script-schema';
import type { Position } from '@/domain/script/edit/meta-edits';
import { branchesOf, type Branch } from './branches';
import { cachedLayout, NODE_HEIGHT, NODE_WIDTH, type StepNode } from './graph-model';

/** Whether a step matches the map's search or highlighted tag (steps carry phases as tags). */
export function stepMatches(step: ScriptStep, search: string, tag: string): boolean {
  const text = search.trim().toLowerCase();
  const byText = text !== '' && `${step.id} ${step.title}`.toLowerCase().includes(text);
  const byTag =
    tag !== '' && (step.phase === tag || (step.compliance ?? []).includes(tag as never));
  return byText || byTag;
}

// The last node made for each step object. Steps are immutable, so an unchanged step keeps its
// node object, and the memoised node component skips re-rendering it.
const nodeCache = new WeakMap<ScriptStep, StepNode>();

function stepNode(
  step: ScriptStep,
  position: Position,
  highlighted: boolean,
  problems: number,
  selected: boolean,
): StepNode {
  const old = nodeCache.get(step);
  if (
    old &&
    old.position.x === position.x &&
    old.position.y === position.y &&
    old.data.highlighted === highlighted &&
    old.data.problems === problems &&
    old.selected === selected
  ) {
    return old;
  }
  const node: StepNode = {
    id: step.id,
    type: 'step',
    position,
    // Known sizes let fitView and the minimap place nodes before they are measured.
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
    selected,
    data: { step, highlighted, problems },
    ariaLabel: `${step.title} (${step.kind})`,
  };
  nodeCache.set(step, node);
  return node;
}

// The last edge made for each branch: an edit elsewhere keeps every edge object, so React Flow
// does not re-render 1,000 edges when a title is typed.
const edgeCache = new Map<string, Edge>();

function branchEdge(branch: Branch): Edge {
  const id = `${branch.from}::${branch.id}`;
  const old = edgeCache.get(id);
  if (old && old.target === branch.to && old.label === (branch.label || undefined)) return old;
  const edge: Edge = {
    id,
    type: 'branch',
    source: branch.from,
    target: branch.to,
    label: branch.label || undefined,
    markerEnd: { type: MarkerType.ArrowClosed },
    data: { branchId: branch.id },
  };
  edgeCache.set(id, edge);
  return edge;
}

/**
 * The map derived from the script (never stored apart). Nodes keep their identity when their
 * step did not change, so memoised node components skip re-rendering.
 */
export function useFlowElements(
  script: Script,
  selectedStepId: string | undefined,
  search: string,
  tag: string,
  problemsByStep: ReadonlyMap<string, number>,
) {
  const branches = useMemo(() => branchesOf(script), [script]);
  const positions = useMemo(() => cachedLayout(script, branches), [script, branches]);
  const nodes = useMemo(
    () =>
      stableArray(
        'nodes',
        script.steps.map((step) =>
          stepNode(
            step,
            positions.get(step.id) ?? { x: 0, y: 0 },
            stepMatches(step, search, tag),
            problemsByStep.get(step.id) ?? 0,
            step.id === selectedStepId,
          ),
        ),
      ),
    [script, positions, search, tag, problemsByStep, selectedStepId],
  );
  const edges = useMemo(() => stableArray('edges', branches.map(branchEdge)), [branches]);
  return { nodes, edges };
}

// The last arrays handed to React Flow (one map is open at a time, like the caches above).
const lastArrays = new Map<'nodes' | 'edges', unknown[]>();

/**
 * The previous array when every item is the same object: React Flow then gets the very same
 * nodes and edges and skips going over 500 of them (typing a title changes neither).
 */
function stableArray<T>(slot: 'nodes' | 'edges', next: T[]): T[] {
  const previous = lastArrays.get(slot) as T[] | undefined;
  if (previous?.length === next.length && next.every((item, i) => item === previous[i]))
    return previous;
  lastArrays.set(slot, next);
  return next;
}
