import type { Finding } from './finding.types';
import { makeFinding } from './make-finding';
import { exploreScript, type GraphVertex } from './script-graph';
import type { Script } from './script-schema';
import { reachableFrom, stepPath, successors } from './script-walk';

/** Default limit, in turns, of the shortest path to each outcome. */
export const DEFAULT_MAX_PATH_LENGTH = 30;

type Graph = ReadonlyMap<string, GraphVertex>;

/**
 * Rules proven on the states a call can reach (a bounded traversal that steps like the compiled
 * machine): decisions never leave the call without a way on, from every reachable state some
 * outcome stays reachable, every outcome has a short enough shortest path.
 */
export function checkGraph(script: Script, traversalLimit?: number): Finding[] {
  const { graph, complete, transitions } = exploreScript(script, traversalLimit);
  if (!complete) return [tooManyStates(script, graph.size, transitions)];
  const stuckDecisions = checkDecisions(script, graph);
  const explained = new Set(stuckDecisions.map((finding) => finding.stepId));
  return [
    ...stuckDecisions,
    ...checkStuckStates(script, graph).filter((finding) => !explained.has(finding.stepId)),
    ...checkPaths(script, graph),
  ];
}

/** Only part of the graph was seen: its dead ends and unreached steps would be guesses. */
function tooManyStates(script: Script, states: number, transitions: number): Finding {
  // Name the widest numeric variable: its range is what multiplies the states.
  let widest: { index: number; id: string; min: number; max: number } | undefined;
  script.variables.forEach((variable, index) => {
    if (variable.type !== 'number') return;
    if (!widest || variable.max - variable.min > widest.max - widest.min)
      widest = { index, id: variable.id, min: variable.min, max: variable.max };
  });
  const culprit = widest
    ? {
        fr: ` ; la variable "${widest.id}" (${widest.min} à ${widest.max}) est la plus large`,
        en: `; variable "${widest.id}" (${widest.min} to ${widest.max}) is the widest`,
      }
    : { fr: '', en: '' };
  return makeFinding('graph-too-large', widest ? `$.variables[${widest.index}]` : '$.variables', {
    fr: `${transitions} chemins, arrêt à la limite (${states} états vus) : le script n’a que ${script.steps.length} étapes, mais les combinaisons de valeurs de ses variables sont trop nombreuses pour prouver qu’une issue reste toujours atteignable${culprit.fr}.`,
    en: `${transitions} paths, stopped at the limit (${states} states seen): the script has only ${script.steps.length} steps, but its variables' value combinations are too many to prove an outcome always stays reachable${culprit.en}.`,
  });
}

const indexOf = (script: Script) => new Map(script.steps.map((step, index) => [step.id, index]));

/** A call resting on a decision: either every guard failed, or the decisions loop in one turn. */
function checkDecisions(script: Script, graph: Graph): Finding[] {
  const index = indexOf(script);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const { state } of graph.values()) {
    const at = index.get(state.stepId);
    const step = at === undefined ? undefined : script.steps[at];
    if (at === undefined || step?.kind !== 'decision' || seen.has(step.id)) continue;
    seen.add(step.id);
    const values = JSON.stringify(state.values);
    findings.push(
      state.eventlessLoop
        ? makeFinding(
            'decision-loop',
            `${stepPath(at)}.transitions`,
            {
              fr: `Avec les variables ${values}, les décisions s’enchaînent sans fin à partir de "${step.id}" au cours d’un même tour : l’appel ne rendrait jamais la main.`,
              en: `With variables ${values}, decisions chain forever from "${step.id}" within one turn: the call would never give control back.`,
            },
            { stepId: step.id },
          )
        : makeFinding(
            'decision-guards-all-fail',
            `${stepPath(at)}.transitions`,
            {
              fr: `Avec les variables ${values}, aucune des ${step.transitions.length} conditions de la décision "${step.id}" n’est vraie : l’appel s’y arrête, sans issue.`,
              en: `With variables ${values}, none of the ${step.transitions.length} guards of decision "${step.id}" holds: the call stops there, with no outcome.`,
            },
            { stepId: step.id },
          ),
    );
  }
  return findings;
}

function checkStuckStates(script: Script, graph: Graph): Finding[] {
  const reverse = new Map<string, string[]>();
  const finals: string[] = [];
  for (const [key, vertex] of graph) {
    if (vertex.state.done) finals.push(key);
    for (const { to } of vertex.edges) {
      const sources = reverse.get(to);
      if (sources) sources.push(key);
      else reverse.set(to, [key]);
    }
  }
  const canFinish = reachableFrom('', new Map([['', finals], ...reverse]));
  const stuck = new Map<string, string>();
  for (const [key, { state }] of graph) {
    if (!canFinish.has(key) && !stuck.has(state.stepId)) {
      stuck.set(state.stepId, JSON.stringify(state.values));
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

function checkPaths(script: Script, graph: Graph): Finding[] {
  const [initialKey] = graph.keys();
  if (initialKey === undefined) return [];
  const distance = new Map<string, number>([[initialKey, 0]]);
  const queue = [initialKey];
  for (let i = 0; i < queue.length; i += 1) {
    const key = queue[i] as string;
    for (const { to } of graph.get(key)?.edges ?? []) {
      if (distance.has(to)) continue;
      distance.set(to, (distance.get(key) ?? 0) + 1);
      queue.push(to);
    }
  }
  const visited = new Map<string, number>();
  for (const [key, turns] of distance) {
    const stepId = graph.get(key)?.state.stepId;
    if (stepId) visited.set(stepId, Math.min(turns, visited.get(stepId) ?? Infinity));
  }
  const limit = script.maxPathLength ?? DEFAULT_MAX_PATH_LENGTH;
  const start = script.steps.find((step) => step.start);
  const structural = start ? reachableFrom(start.id, successors(script)) : new Set<string>();
  const findings: Finding[] = [];
  script.steps.forEach((step, index) => {
    const turns = visited.get(step.id);
    // Decision steps are passed through within a turn, so no state rests on them.
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
