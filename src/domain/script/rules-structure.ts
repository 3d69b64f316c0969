import type { Finding } from './finding.types';
import { makeFinding } from './make-finding';
import type { Script } from './script-schema';
import { reachableFrom, stepExits, stepPath, successors } from './script-walk';

/** Duplicate ids: steps, transitions and lines across the script, reactions within a step. */
export function checkDuplicateIds(script: Script): Finding[] {
  const findings: Finding[] = [];
  // Where each id was first seen, so the finding can send the author to both places.
  const seen = {
    step: new Map<string, string>(),
    transition: new Map<string, string>(),
    line: new Map<string, string>(),
  };
  const check = (kind: keyof typeof seen, id: string, path: string, stepId: string) => {
    const first = seen[kind].get(id);
    if (first === undefined) return void seen[kind].set(id, `${path}.id`);
    findings.push(
      makeFinding(
        'duplicate-id',
        `${path}.id`,
        {
          fr: `L’identifiant "${id}" est déjà utilisé par une autre ${{ step: 'étape', transition: 'transition', line: 'réplique' }[kind]}, en ${first}.`,
          en: `The id "${id}" is already used by another ${kind}, at ${first}.`,
        },
        { stepId },
      ),
    );
  };
  script.steps.forEach((step, index) => check('step', step.id, stepPath(index), step.id));
  for (const exit of stepExits(script)) check('transition', exit.id, exit.path, exit.step.id);
  script.steps.forEach((step, index) => {
    const at = stepPath(index);
    if (step.kind === 'agent') {
      step.lines.forEach((line, i) => check('line', line.id, `${at}.lines[${i}]`, step.id));
    }
    if (step.kind !== 'customer') return;
    const reactions = new Map<string, string>();
    step.reactions.forEach((reaction, r) => {
      const first = reactions.get(reaction.id);
      if (first !== undefined) {
        findings.push(
          makeFinding(
            'duplicate-id',
            `${at}.reactions[${r}].id`,
            {
              fr: `Deux réactions de l’étape "${step.id}" s’appellent "${reaction.id}" ; la première est en ${first}.`,
              en: `Two reactions of step "${step.id}" are called "${reaction.id}"; the first is at ${first}.`,
            },
            { stepId: step.id },
          ),
        );
      } else reactions.set(reaction.id, `${at}.reactions[${r}].id`);
      reaction.lines.forEach((line, i) =>
        check('line', line.id, `${at}.reactions[${r}].lines[${i}]`, step.id),
      );
    });
  });
  return findings;
}

/** Exactly one step carries `start: true`. */
export function checkStart(script: Script): Finding[] {
  const starts = script.steps.flatMap((step, index) => (step.start ? [{ step, index }] : []));
  if (starts.length === 0) {
    return [
      makeFinding('start-missing', '$.steps', {
        fr: 'Aucune étape ne porte "start": true : l’appel n’a pas de début.',
        en: 'No step has "start": true: the call has no beginning.',
      }),
    ];
  }
  const findings = starts.slice(1).map(({ step, index }) =>
    makeFinding(
      'start-duplicate',
      `${stepPath(index)}.start`,
      {
        fr: `L’étape "${step.id}" est un deuxième début (le premier est "${starts[0]?.step.id}").`,
        en: `Step "${step.id}" is a second start (the first is "${starts[0]?.step.id}").`,
      },
      { stepId: step.id },
    ),
  );
  const first = starts[0];
  // Outcomes end the call; the machine cannot start on one (compiling would throw).
  if (first?.step.kind === 'outcome') {
    findings.push(
      makeFinding(
        'start-outcome',
        `${stepPath(first.index)}.start`,
        {
          fr: `L’étape de départ "${first.step.id}" est une issue : l’appel finirait avant d’avoir commencé.`,
          en: `Start step "${first.step.id}" is an outcome: the call would end before it began.`,
        },
        { stepId: first.step.id },
      ),
    );
  }
  return findings;
}

/** Transition targets and reactions that name something that does not exist. */
export function checkStepReferences(script: Script): Finding[] {
  const ids = new Set(script.steps.map((step) => step.id));
  const findings: Finding[] = [];
  for (const exit of stepExits(script)) {
    if (!ids.has(exit.to)) {
      findings.push(
        makeFinding(
          'unknown-step',
          `${exit.path}.to`,
          {
            fr: `La transition "${exit.id}" mène à l’étape "${exit.to}", qui n’existe pas.`,
            en: `Transition "${exit.id}" leads to step "${exit.to}", which does not exist.`,
          },
          { stepId: exit.step.id },
        ),
      );
    }
    if (exit.on !== undefined && exit.step.kind === 'customer') {
      if (!exit.step.reactions.some((reaction) => reaction.id === exit.on)) {
        findings.push(
          makeFinding(
            'unknown-reaction',
            `${exit.path}.on`,
            {
              fr: `La transition "${exit.id}" répond à la réaction "${exit.on}", absente de l’étape "${exit.step.id}".`,
              en: `Transition "${exit.id}" answers reaction "${exit.on}", which step "${exit.step.id}" does not have.`,
            },
            { stepId: exit.step.id },
          ),
        );
      }
    }
  }
  return findings;
}

/** Structural dead ends, missing fallbacks, and steps no transition leads to. */
export function checkFlow(script: Script): Finding[] {
  const findings: Finding[] = [];
  script.steps.forEach((step, index) => {
    const at = stepPath(index);
    if (step.kind === 'outcome') return;
    if (step.transitions.length === 0 && !(step.kind === 'customer' && step.otherwise)) {
      findings.push(
        makeFinding(
          'dead-end',
          `${at}.transitions`,
          {
            fr: `L’étape "${step.id}" n’a aucune sortie et n’est pas une issue : l’appel y resterait bloqué.`,
            en: `Step "${step.id}" has no way out and is not an outcome: the call would get stuck there.`,
          },
          { stepId: step.id },
        ),
      );
    }
    if (step.kind === 'customer' && !step.otherwise) {
      findings.push(
        makeFinding(
          'missing-otherwise',
          at,
          {
            fr: `L’étape client "${step.id}" n’a pas de "otherwise" : une réaction imprévue du client bloquerait l’appel.`,
            en: `Customer step "${step.id}" has no "otherwise": an unforeseen reaction would block the call.`,
          },
          { stepId: step.id },
        ),
      );
    }
    if (step.kind === 'decision' && step.transitions.length > 0) {
      const last = step.transitions.at(-1);
      if (last?.guard !== undefined) {
        findings.push(
          makeFinding(
            'decision-without-default',
            `${at}.transitions`,
            {
              fr: `La décision "${step.id}" n’a pas de branche par défaut : si aucune condition n’est vraie, l’appel se bloque.`,
              en: `Decision "${step.id}" has no default branch: if no guard holds, the call gets stuck.`,
            },
            { stepId: step.id },
          ),
        );
      }
    }
  });
  const start = script.steps.find((step) => step.start);
  if (!start) return findings;
  const reached = reachableFrom(start.id, successors(script));
  script.steps.forEach((step, index) => {
    if (reached.has(step.id)) return;
    findings.push(
      makeFinding(
        'unreachable-step',
        stepPath(index),
        {
          fr: `Aucun chemin depuis le début ("${start.id}") ne mène à l’étape "${step.id}".`,
          en: `No path from the start ("${start.id}") leads to step "${step.id}".`,
        },
        { stepId: step.id },
      ),
    );
  });
  if (!script.steps.some((step) => step.kind === 'outcome')) {
    findings.push(
      makeFinding('no-outcome', '$.steps', {
        fr: 'Le script n’a aucune issue ("outcome") : l’appel ne peut jamais se terminer.',
        en: 'The script has no outcome step: the call can never end.',
      }),
    );
  }
  return findings;
}
