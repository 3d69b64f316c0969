import type { SnapshotFrom } from 'xstate';
import { ASIDE_STATE, CALL_STATE, type ScriptMachine } from './script-compiler';
import type { ScriptEvent } from './script-machine-setup';
import type { Script } from './script-schema';
import { ScriptStepper, stateKey, type CallState } from './script-stepper';

export type ScriptSnapshot = SnapshotFrom<ScriptMachine>;

/**
 * Default bound on the traversal, in work done (transitions tried plus decisions passed). Past it
 * the traversal stops and says so (never throws). Stepping costs about a microsecond, so the
 * bound is reached well within issue 14's 1 s per script, see `npx tsx tools/bench.ts
 * pathological`.
 */
export const DEFAULT_TRAVERSAL_LIMIT = 50_000;

/** The id of the step a snapshot is at, or null during an aside. */
export function currentStepId(snapshot: ScriptSnapshot): string | null {
  const value = snapshot.value as string | Record<string, string>;
  if (typeof value === 'string') return value === ASIDE_STATE ? null : value;
  return value[CALL_STATE] ?? null;
}

/** A state the call can rest in, and where each event tried from it leads (by key). */
export interface GraphVertex {
  state: CallState;
  edges: { event: ScriptEvent; to: string }[];
}

/** What a bounded traversal saw: the graph, and whether it is the whole of it. */
export interface ScriptExploration {
  /** Vertices by key, the initial state first, in breadth-first order. */
  graph: ReadonlyMap<string, GraphVertex>;
  /** False when the traversal stopped at its limit: the graph is only the part seen first. */
  complete: boolean;
  /** Work done: transitions tried plus decisions passed (« N chemins »). */
  transitions: number;
}

/**
 * Explores the states a call can reach, breadth first, bounded by a work budget and keeping what
 * it saw when the budget runs out. Steps with ScriptStepper, which follows the compiled machine's
 * table and semantics (see its conformance test) at a fraction of XState's cost per transition.
 */
export function exploreScript(
  script: Script,
  limit: number = DEFAULT_TRAVERSAL_LIMIT,
): ScriptExploration {
  const stepper = new ScriptStepper(script);
  const graph = new Map<string, GraphVertex>();
  const initial = stepper.initial();
  const queue: string[] = [stateKey(initial.stepId, initial.values)];
  graph.set(queue[0] as string, { state: initial, edges: [] });
  for (let i = 0; i < queue.length; i += 1) {
    const vertex = graph.get(queue[i] as string) as GraphVertex;
    for (const event of stepper.eventsAt(vertex.state)) {
      if (stepper.work >= limit) return { graph, complete: false, transitions: stepper.work };
      const next = stepper.next(vertex.state, event);
      const key = stateKey(next.stepId, next.values);
      vertex.edges.push({ event, to: key });
      if (!graph.has(key)) {
        graph.set(key, { state: next, edges: [] });
        queue.push(key);
      }
    }
  }
  return { graph, complete: true, transitions: stepper.work };
}
