import { initialTransition, transition, type EventFromLogic, type SnapshotFrom } from 'xstate';
import type { AdjacencyMap } from 'xstate/graph';
import { ASIDE_STATE, CALL_STATE, type ScriptMachine } from './script-compiler';
import type { ScriptEvent, ScriptInput } from './script-machine-setup';
import type { Script } from './script-schema';

export type ScriptSnapshot = SnapshotFrom<ScriptMachine>;

/**
 * Default bound on the traversal, in transitions tried (each one a call to the machine). Past it
 * the traversal stops and says so (never throws). Not yet the ≤ 1 s target of issue 14: each
 * XState transition costs ~0.3–1.5 ms here, see `npm run bench` (script-validation).
 */
export const DEFAULT_TRAVERSAL_LIMIT = 50_000;

/** The id of the step a snapshot is at, or null during an aside. */
export function currentStepId(snapshot: ScriptSnapshot): string | null {
  const value = snapshot.value as string | Record<string, string>;
  if (typeof value === 'string') return value === ASIDE_STATE ? null : value;
  return value[CALL_STATE] ?? null;
}

/**
 * The events worth trying at each step: one per reaction, the unforeseen turn, and one agent turn
 * per move a transition waits for. Asides are left out: they always resume the call where it was.
 */
export function traversalEvents(script: Script): (snapshot: ScriptSnapshot) => ScriptEvent[] {
  const byStep = new Map<string, ScriptEvent[]>();
  for (const step of script.steps) {
    if (step.kind === 'customer') {
      byStep.set(step.id, [
        ...step.reactions.map((reaction): ScriptEvent => ({ type: `reaction.${reaction.id}` })),
        { type: 'unforeseen' },
      ]);
    } else if (step.kind === 'agent') {
      const moves = [...new Set(step.transitions.flatMap((t) => (t.onMove ? [t.onMove] : [])))];
      byStep.set(step.id, [
        { type: 'agent.turn', moves: [] },
        ...moves.map((move): ScriptEvent => ({ type: 'agent.turn', moves: [move] })),
      ]);
    }
  }
  return (snapshot) => {
    const stepId = currentStepId(snapshot);
    return (stepId && byStep.get(stepId)) || [];
  };
}

/**
 * Serialises a snapshot by step and variable values. `resumeAt` is left out on purpose: it only
 * matters to aside events, which the traversal never sends, and keeping it would multiply states.
 */
export function serializeScriptSnapshot(snapshot: ScriptSnapshot): string {
  return `${currentStepId(snapshot) ?? ASIDE_STATE}|${JSON.stringify(snapshot.context.values)}`;
}

export type ScriptGraph = AdjacencyMap<ScriptSnapshot, EventFromLogic<ScriptMachine>>;

/** What a bounded traversal saw: the graph, and whether it is the whole of it. */
export interface ScriptExploration {
  graph: ScriptGraph;
  /** False when the traversal stopped at its limit: the graph is only the part seen first. */
  complete: boolean;
  /** Transitions tried. */
  transitions: number;
}

/**
 * Explores the reachable snapshots of the compiled machine breadth first with XState's pure
 * `transition()`, the same shape `xstate/graph` builds, but bounded by a transition budget and
 * keeping what it saw when the budget runs out (xstate/graph throws it all away).
 */
export function exploreScript(
  script: Script,
  machine: ScriptMachine,
  limit: number = DEFAULT_TRAVERSAL_LIMIT,
): ScriptExploration {
  const events = traversalEvents(script);
  // No input: the machine starts from the variables' declared defaults.
  const [initial] = initialTransition(machine, undefined as unknown as ScriptInput);
  const graph: ScriptGraph = {};
  const vertices = graph as Record<string, ScriptGraph[keyof ScriptGraph]>;
  const vertexOf = (snapshot: ScriptSnapshot) => {
    const key = serializeScriptSnapshot(snapshot);
    const known = vertices[key];
    if (known) return { vertex: known, fresh: false };
    const vertex = { state: snapshot, transitions: {} } as ScriptGraph[keyof ScriptGraph];
    vertices[key] = vertex;
    return { vertex, fresh: true };
  };
  const queue = [initial];
  vertexOf(initial);
  let transitions = 0;
  for (let i = 0; i < queue.length; i += 1) {
    const snapshot = queue[i] as ScriptSnapshot;
    const { vertex } = vertexOf(snapshot);
    for (const event of events(snapshot)) {
      if (transitions >= limit) return { graph, complete: false, transitions };
      transitions += 1;
      const [next] = transition(machine, snapshot, event);
      (vertex.transitions as Record<string, { event: ScriptEvent; state: ScriptSnapshot }>)[
        JSON.stringify(event)
      ] = { event, state: next };
      if (vertexOf(next).fresh) queue.push(next);
    }
  }
  return { graph, complete: true, transitions };
}
