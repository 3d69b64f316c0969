import type { EventFromLogic, SnapshotFrom } from 'xstate';
import { getAdjacencyMap, type AdjacencyMap } from 'xstate/graph';
import { ASIDE_STATE, CALL_STATE, type ScriptMachine } from './script-compiler';
import type { ScriptEvent } from './script-machine-setup';
import type { Script } from './script-schema';

export type ScriptSnapshot = SnapshotFrom<ScriptMachine>;

/** Default bound on the traversal: how many snapshots the graph may visit. */
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

/** Explores every reachable snapshot of the compiled machine with `xstate/graph`, or null past the limit. */
export function exploreScript(
  script: Script,
  machine: ScriptMachine,
  limit: number = DEFAULT_TRAVERSAL_LIMIT,
): ScriptGraph | null {
  try {
    return getAdjacencyMap(machine, {
      events: traversalEvents(script),
      serializeState: serializeScriptSnapshot,
      limit,
    });
  } catch (error) {
    if (error instanceof Error && error.message === 'Traversal limit exceeded') return null;
    throw error;
  }
}
