import { ID_PATTERN } from '../common-schema';
import type { Script, ScriptStep } from '../script-schema';
import { withoutKeys } from './object-fields';
import { freeId, usedIds } from './step-ids';

/** The kinds of step an author can add. */
export type StepKind = ScriptStep['kind'];

// A new step is valid for the schema at once (every required field filled from its title), so
// the live check speaks about the graph, not about a half-made step.
function newStep(kind: StepKind, id: string, title: string, taken: Set<string>): ScriptStep {
  const base = { id, title };
  if (kind === 'agent') {
    return {
      ...base,
      kind,
      phase: 'decouverte',
      goal: title,
      expectedMoves: ['explain'],
      lines: [],
      transitions: [],
    };
  }
  if (kind === 'customer') {
    const reaction = freeId(`${id}-reaction`, taken);
    taken.add(reaction);
    const line = freeId(`${reaction}-1`, taken);
    return {
      ...base,
      kind,
      phase: 'decouverte',
      reactions: [{ id: reaction, label: title, lines: [{ id: line, text: title }] }],
      transitions: [],
    };
  }
  if (kind === 'decision') return { ...base, kind, phase: 'decouverte', transitions: [] };
  return { ...base, kind, code: 'resolved', success: true };
}

/** Adds a step of the given kind titled `title`; the new step's id is derived from the title. */
export function addStep(
  script: Script,
  kind: StepKind,
  title: string,
): { script: Script; stepId: string } {
  const taken = usedIds(script);
  const stepId = freeId(title, taken);
  taken.add(stepId);
  const step = newStep(kind, stepId, title, taken);
  return { script: { ...script, steps: [...script.steps, step] }, stepId };
}

/** Removes a step, every branch that led to it and its stored position. */
export function removeStep(script: Script, stepId: string): Script {
  if (!script.steps.some((step) => step.id === stepId)) return script;
  const steps = script.steps
    .filter((step) => step.id !== stepId)
    .map((step): ScriptStep => {
      if (step.kind === 'outcome') return step;
      const transitions = step.transitions.filter((transition) => transition.to !== stepId);
      if (step.kind === 'customer') {
        const otherwise = step.otherwise?.to === stepId ? undefined : step.otherwise;
        return withoutKeys({ ...step, transitions, otherwise } as ScriptStep);
      }
      return { ...step, transitions } as ScriptStep;
    });
  return withLayoutKeys({ ...script, steps }, (id) => (id === stepId ? null : id));
}

/** Why an id cannot name a step of this script, or null when it can. */
export function stepIdProblem(
  script: Script,
  id: string,
  currentId?: string,
): 'invalid' | 'taken' | null {
  if (!ID_PATTERN.test(id)) return 'invalid';
  if (id !== currentId && usedIds(script).has(id)) return 'taken';
  return null;
}

/** Gives a step a new id, and follows it everywhere it is pointed at (branches, layout). */
export function renameStep(script: Script, stepId: string, newId: string): Script {
  if (stepId === newId || stepIdProblem(script, newId, stepId) !== null) return script;
  const follow = (id: string) => (id === stepId ? newId : id);
  const steps = script.steps.map((step): ScriptStep => {
    const renamed = { ...step, id: follow(step.id) };
    if (renamed.kind === 'outcome') return renamed;
    const transitions = renamed.transitions.map((transition) => ({
      ...transition,
      to: follow(transition.to),
    }));
    if (renamed.kind === 'customer' && renamed.otherwise) {
      return {
        ...renamed,
        transitions: transitions as typeof renamed.transitions,
        otherwise: { ...renamed.otherwise, to: follow(renamed.otherwise.to) },
      };
    }
    return { ...renamed, transitions } as ScriptStep;
  });
  return withLayoutKeys({ ...script, steps }, follow);
}

/** Fields of a step an author may change; `undefined` clears an optional field. */
export type StepFields = Record<string, unknown>;

/** Replaces some fields of one step; its id and kind stay (use renameStep to change the id). */
export function updateStep(script: Script, stepId: string, fields: StepFields): Script {
  // Not withoutKeys: an undefined field must stay here to clear the step's value below.
  const changes = Object.fromEntries(
    Object.entries(fields).filter(([key]) => key !== 'id' && key !== 'kind'),
  );
  let changed = false;
  const steps = script.steps.map((step) => {
    if (step.id !== stepId) return step;
    changed = true;
    return withoutKeys({ ...step, ...changes } as ScriptStep);
  });
  return changed ? { ...script, steps } : script;
}

/** Makes one step the start, and no other. */
export function setStart(script: Script, stepId: string): Script {
  if (!script.steps.some((step) => step.id === stepId)) return script;
  const steps = script.steps.map((step) => {
    return step.id === stepId ? { ...step, start: true } : withoutKeys(step, ['start']);
  });
  return { ...script, steps };
}

// Keeps the layout keyed by the steps' current ids: `follow` renames a key, or drops it (null).
function withLayoutKeys(script: Script, follow: (id: string) => string | null): Script {
  if (!script.layout) return script;
  const positions = Object.fromEntries(
    Object.entries(script.layout.positions).flatMap(([id, position]) => {
      const next = follow(id);
      return next === null ? [] : [[next, position]];
    }),
  );
  return { ...script, layout: { ...script.layout, positions } };
}
