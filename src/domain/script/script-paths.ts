import { DEFAULT_TRAVERSAL_LIMIT, exploreScript } from './script-graph';
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

/** The shortest paths found, and whether the traversal saw the whole graph. */
export interface OutcomePaths {
  paths: OutcomePath[];
  /** False when the traversal stopped at its limit: outcomes it did not reach are missing. */
  complete: boolean;
  /** Transitions tried (« N chemins »). */
  transitions: number;
}

/**
 * One shortest path per reachable outcome, in document order of outcomes, from a bounded
 * breadth-first traversal: never throws on a huge graph, says instead where it stopped.
 */
export function exploreOutcomePaths(
  script: Script,
  limit: number = DEFAULT_TRAVERSAL_LIMIT,
): OutcomePaths {
  const { graph, complete, transitions } = exploreScript(script, limit);
  const [initialKey] = graph.keys();
  const parent = new Map<string, { from: string; event: ScriptEvent }>();
  const best = new Map<string, string>();
  const queue = initialKey === undefined ? [] : [initialKey];
  const seen = new Set(queue);
  for (let i = 0; i < queue.length; i += 1) {
    const key = queue[i] as string;
    const vertex = graph.get(key);
    if (!vertex) continue;
    const { state } = vertex;
    if (state.done && !best.has(state.stepId)) best.set(state.stepId, key);
    for (const { event, to } of vertex.edges) {
      if (seen.has(to)) continue;
      seen.add(to);
      parent.set(to, { from: key, event });
      queue.push(to);
    }
  }
  const paths = script.steps.flatMap((step): OutcomePath[] => {
    const target = best.get(step.id);
    if (step.kind !== 'outcome' || target === undefined) return [];
    const keys = [target];
    const events: ScriptEvent[] = [];
    for (let link = parent.get(target); link; link = parent.get(link.from)) {
      keys.unshift(link.from);
      events.unshift(link.event);
    }
    const stepIds = keys.map((key) => graph.get(key)?.state.stepId ?? '?');
    return [{ outcomeId: step.id, code: step.code, success: step.success, events, stepIds }];
  });
  return { paths, complete, transitions };
}

/** One shortest path per outcome the bounded traversal reached (see exploreOutcomePaths). */
export function shortestOutcomePaths(
  script: Script,
  limit: number = DEFAULT_TRAVERSAL_LIMIT,
): OutcomePath[] {
  return exploreOutcomePaths(script, limit).paths;
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
