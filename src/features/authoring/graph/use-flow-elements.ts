import { MarkerType, type Edge } from '@xyflow/react';
import { useMemo } from 'react';
import type { Script, ScriptStep } from '@/domain/script/script-schema';
import type { Position } from '@/domain/script/edit/meta-edits';
import { branchesOf, type Branch } from './branches';
import {
  cachedLayout,
  DEFAULT_SIZE,
  NODE_HEIGHT,
  NODE_WIDTH,
  stepHandles,
  type StepNode,
  type StepSize,
} from './graph-model';
import type { MapWords } from './map-a11y';

/** Whether a step matches the map's search or highlighted tag (steps carry phases as tags). */
export function stepMatches(step: ScriptStep, search: string, tag: string): boolean {
  const text = search.trim().toLowerCase();
  const byText = text !== '' && `${step.id} ${step.title}`.toLowerCase().includes(text);
  const byTag =
    tag !== '' && (step.phase === tag || (step.compliance ?? []).includes(tag as never));
  return byText || byTag;
}

// The last node made for each step object, and the words it was made with. Steps are immutable,
// so an unchanged step keeps its node object, and the memoised node component skips re-rendering
// it; its screen-reader label is written again only when the step, its problems or the language
// changed.
const nodeCache = new WeakMap<ScriptStep, { node: StepNode; words: MapWords }>();

function stepNode(
  step: ScriptStep,
  position: Position,
  highlighted: boolean,
  problems: number,
  selected: boolean,
  words: MapWords,
  measured: StepSize | undefined,
): StepNode {
  const old = nodeCache.get(step);
  if (
    old &&
    old.words === words &&
    old.node.position.x === position.x &&
    old.node.position.y === position.y &&
    old.node.data.highlighted === highlighted &&
    old.node.data.problems === problems &&
    old.node.selected === selected
  ) {
    return old.node;
  }
  const node: StepNode = {
    id: step.id,
    type: 'step',
    position,
    // Known sizes let fitView and the minimap place nodes before they are measured.
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
    // A node object made again is new to React Flow, which then forgets its measure; with the
    // handles declared it would not measure it again (it is not resized), and a step never
    // measured keeps « fit view » waiting. So the last measure goes with it.
    ...(measured ? { measured } : {}),
    handles: stepHandles(step.kind, measured ?? DEFAULT_SIZE),
    selected,
    data: { step, highlighted, problems },
    ariaLabel: words.step(step, problems),
    domAttributes: { 'aria-roledescription': words.stepRole },
  };
  nodeCache.set(step, { node, words });
  return node;
}

// The last edge made for each branch, with the titles and words its label was written with: an
// edit elsewhere keeps every edge object, so React Flow does not re-render 1,000 edges when a
// title is typed (only the edges of the retitled step are made again).
const edgeCache = new Map<string, { edge: Edge; from: string; to: string; words: MapWords }>();

function branchEdge(branch: Branch, titles: ReadonlyMap<string, string>, words: MapWords): Edge {
  const id = `${branch.from}::${branch.id}`;
  // A branch may lead to a step that does not exist (yet): its id is all there is to read.
  const from = titles.get(branch.from) ?? branch.from;
  const to = titles.get(branch.to) ?? branch.to;
  const old = edgeCache.get(id);
  if (
    old &&
    old.words === words &&
    old.from === from &&
    old.to === to &&
    old.edge.target === branch.to &&
    old.edge.label === (branch.label || undefined)
  )
    return old.edge;
  const edge: Edge = {
    id,
    type: 'branch',
    source: branch.from,
    target: branch.to,
    label: branch.label || undefined,
    markerEnd: { type: MarkerType.ArrowClosed },
    data: { branchId: branch.id },
    ariaLabel: words.branch(branch, from, to),
    domAttributes: { 'aria-roledescription': words.branchRole },
  };
  edgeCache.set(id, { edge, from, to, words });
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
  words: MapWords,
  measured: ReadonlyMap<string, StepSize>,
) {
  const branches = useMemo(() => branchesOf(script), [script]);
  const titles = useMemo(
    () => new Map(script.steps.map((step) => [step.id, words.title(step.title, step.id)])),
    [script, words],
  );
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
            words,
            measured.get(step.id),
          ),
        ),
      ),
    // `measured` is filled in as React Flow measures; read when a node is made, never a reason to.
    [script, positions, search, tag, problemsByStep, selectedStepId, words, measured],
  );
  const edges = useMemo(
    () =>
      stableArray(
        'edges',
        branches.map((branch) => branchEdge(branch, titles, words)),
      ),
    [branches, titles, words],
  );
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
