import { getShortestPaths } from 'xstate/graph';
import { compileScript } from './script-compiler';
import {
  currentStepId,
  DEFAULT_TRAVERSAL_LIMIT,
  serializeScriptSnapshot,
  traversalEvents,
  type ScriptSnapshot,
} from './script-graph';
import type { ScriptEvent } from './script-machine-setup';
import type { Script } from './script-schema';

/** One shortest run of the call to an outcome: the events to send, and where each leads. */
export interface OutcomePath {
  outcomeId: string;
  code: string;
  success: boolean;
  /** The events to send from the initial snapshot, in order. */
  events: ScriptEvent[];
  /** Step ids the call rests on, from the start step to the outcome. */
  stepIds: string[];
}

/** One shortest path per reachable outcome, from `xstate/graph`, in document order of outcomes. */
export function shortestOutcomePaths(
  script: Script,
  limit: number = DEFAULT_TRAVERSAL_LIMIT,
): OutcomePath[] {
  const machine = compileScript(script);
  const paths = getShortestPaths(machine, {
    events: traversalEvents(script),
    serializeState: (snapshot) => serializeScriptSnapshot(snapshot as ScriptSnapshot),
    toState: (snapshot) => snapshot.status === 'done',
    limit,
  });
  const best = new Map<string, (typeof paths)[number]>();
  for (const path of paths) {
    const outcomeId = currentStepId(path.state as ScriptSnapshot);
    if (outcomeId === null) continue;
    const known = best.get(outcomeId);
    if (!known || path.weight < known.weight) best.set(outcomeId, path);
  }
  return script.steps.flatMap((step) => {
    const path = best.get(step.id);
    if (step.kind !== 'outcome' || !path) return [];
    // The first step of an xstate/graph path is the initial snapshot, reached by `xstate.init`.
    const moves = path.steps.filter((s) => !s.event.type.startsWith('xstate.'));
    return [
      {
        outcomeId: step.id,
        code: step.code,
        success: step.success,
        events: moves.map((s) => s.event as ScriptEvent),
        stepIds: path.steps.map((s) => currentStepId(s.state as ScriptSnapshot) ?? '?'),
      },
    ];
  });
}

function describeEvent(event: ScriptEvent): string {
  if (event.type === 'agent.turn' && 'moves' in event && event.moves?.length) {
    return `agent.turn(${event.moves.join(', ')})`;
  }
  return event.type;
}

/** Renders a path as readable lines: each step, its title, and the event that leaves it. */
export function formatOutcomePath(script: Script, path: OutcomePath): string[] {
  const titles = new Map(script.steps.map((step) => [step.id, `${step.title} [${step.kind}]`]));
  const status = path.success ? 'success' : 'failure';
  const lines = [`${path.outcomeId} — ${path.code}, ${status}, ${path.events.length} turns`];
  path.stepIds.forEach((stepId, index) => {
    const event = path.events[index];
    const next = event ? `  --${describeEvent(event)}-->` : '';
    lines.push(`  ${index + 1}. ${stepId} · ${titles.get(stepId) ?? ''}${next}`);
  });
  return lines;
}
