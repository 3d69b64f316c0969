import type { Finding } from './finding.types';
import { makeFinding } from './make-finding';
import type { ScriptMachine } from './script-compiler';
import {
  currentStepId,
  exploreScript,
  serializeScriptSnapshot,
  type ScriptGraph,
  type ScriptSnapshot,
} from './script-graph';
import type { Script } from './script-schema';
import { reachableFrom, stepPath, successors } from './script-walk';

/** Default limit, in turns, of the shortest path to each outcome. */
export const DEFAULT_MAX_PATH_LENGTH = 30;

/**
 * Rules proven on the compiled machine by a bounded `xstate/graph` traversal: from every reachable
 * snapshot some outcome stays reachable; every outcome has a short enough shortest path.
 */
export function checkGraph(
  script: Script,
  machine: ScriptMachine,
  traversalLimit?: number,
): Finding[] {
  const { graph, complete, transitions } = exploreScript(script, machine, traversalLimit);
  if (!complete) {
    // Only part of the graph was seen: its dead ends and unreached steps would be guesses.
    const states = Object.keys(graph).length;
    return [
      makeFinding('graph-too-large', '$.variables', {
        fr: `${states} états et ${transitions} chemins explorés, arrêt à la limite : ${script.steps.length} étapes, mais les combinaisons de valeurs des variables sont trop nombreuses pour prouver qu’une issue reste toujours atteignable.`,
        en: `${states} states and ${transitions} paths explored, stopped at the limit: ${script.steps.length} steps, but the variables' value combinations are too many to prove an outcome always stays reachable.`,
      }),
    ];
  }
  const edges = edgeList(graph);
  return [...checkStuckStates(script, graph, edges), ...checkPaths(script, graph, edges)];
}

/** Successor keys of each snapshot key, serialised once for both rules below. */
function edgeList(graph: ScriptGraph): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const [key, vertex] of Object.entries(graph)) {
    const transitions = Object.values(
      vertex.transitions as Record<string, { state: ScriptSnapshot }>,
    );
    edges.set(
      key,
      transitions.map((edge) => serializeScriptSnapshot(edge.state)),
    );
  }
  return edges;
}

const indexOf = (script: Script) => new Map(script.steps.map((step, index) => [step.id, index]));

function checkStuckStates(
  script: Script,
  graph: ScriptGraph,
  edges: ReadonlyMap<string, readonly string[]>,
): Finding[] {
  const reverse = new Map<string, string[]>();
  const finals: string[] = [];
  for (const [key, vertex] of Object.entries(graph)) {
    if (vertex.state.status === 'done') finals.push(key);
    for (const target of edges.get(key) ?? []) {
      const sources = reverse.get(target);
      if (sources) sources.push(key);
      else reverse.set(target, [key]);
    }
  }
  const canFinish = reachableFrom('', new Map([['', finals], ...reverse]));
  const stuck = new Map<string, string>();
  for (const [key, vertex] of Object.entries(graph)) {
    const stepId = currentStepId(vertex.state);
    if (stepId && !canFinish.has(key) && !stuck.has(stepId)) {
      stuck.set(stepId, JSON.stringify(vertex.state.context.values));
    }
  }
  const index = indexOf(script);
  return [...stuck].map(([stepId, values]) =>
    makeFinding(
      'no-outcome-reachable',
      stepPath(index.get(stepId) ?? 0),
      {
        fr: `Depuis l’étape "${stepId}" (variables ${values}), aucune issue n’est plus atteignable : l’appel tourne en rond.`,
        en: `From step "${stepId}" (variables ${values}), no outcome can be reached any more: the call loops forever.`,
      },
      { stepId },
    ),
  );
}

function checkPaths(
  script: Script,
  graph: ScriptGraph,
  edges: ReadonlyMap<string, readonly string[]>,
): Finding[] {
  const [initialKey] = Object.keys(graph);
  if (initialKey === undefined) return [];
  const distance = new Map<string, number>([[initialKey, 0]]);
  const queue = [initialKey];
  for (let i = 0; i < queue.length; i += 1) {
    const key = queue[i] as string;
    for (const next of edges.get(key) ?? []) {
      if (distance.has(next)) continue;
      distance.set(next, (distance.get(key) ?? 0) + 1);
      queue.push(next);
    }
  }
  const visited = new Map<string, number>();
  for (const [key, turns] of distance) {
    const vertex = graph[key as keyof ScriptGraph];
    const stepId = vertex ? currentStepId(vertex.state) : null;
    if (stepId) visited.set(stepId, Math.min(turns, visited.get(stepId) ?? Infinity));
  }
  const limit = script.maxPathLength ?? DEFAULT_MAX_PATH_LENGTH;
  const start = script.steps.find((step) => step.start);
  const structural = start ? reachableFrom(start.id, successors(script)) : new Set<string>();
  const findings: Finding[] = [];
  script.steps.forEach((step, index) => {
    const turns = visited.get(step.id);
    // Decision steps are passed through within a turn, so no snapshot ever rests on them.
    if (turns === undefined && structural.has(step.id) && step.kind !== 'decision') {
      findings.push(
        makeFinding(
          'unreachable-step',
          stepPath(index),
          {
            fr: `Les conditions des transitions empêchent tout appel d’atteindre l’étape "${step.id}".`,
            en: `The transition guards keep every call from reaching step "${step.id}".`,
          },
          { stepId: step.id },
        ),
      );
    } else if (step.kind === 'outcome' && turns !== undefined && turns > limit) {
      findings.push(
        makeFinding(
          'path-too-long',
          stepPath(index),
          {
            fr: `Le plus court chemin vers l’issue "${step.id}" compte ${turns} tours (limite ${limit}).`,
            en: `The shortest path to outcome "${step.id}" takes ${turns} turns (limit ${limit}).`,
          },
          { stepId: step.id },
        ),
      );
    }
  });
  return findings;
}
