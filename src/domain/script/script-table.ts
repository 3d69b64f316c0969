import type { CustomerStep, Script, ScriptStep } from './script-schema';
import type { Assignment, Guard, Variable } from './script-variables-schema';
import type { ResolvedAssignment } from './variable-logic';

/** One candidate transition, as the compiler and the analysis both read it. */
export interface TableTransition {
  to: string;
  guard?: Guard;
  /** Agent steps only: the turn must make this move. */
  move?: string;
  set: ResolvedAssignment[];
}

/**
 * What each step does, in the order XState tries it: the handlers of each event (first enabled
 * wins), or the eventless transitions of a decision. The compiler turns this table into the
 * machine and the graph analysis steps through it directly, so both read one source of truth.
 */
export interface StepEntry {
  step: ScriptStep;
  on: Readonly<Record<string, readonly TableTransition[]>>;
  /** Decision steps: tried as soon as the step is entered. */
  always: readonly TableTransition[];
}

type Spec = { to: string; guard?: Guard; set?: Assignment[]; onMove?: string };

const tables = new WeakMap<Script, ReadonlyMap<string, StepEntry>>();

/** The step table of a script, computed once per parsed script (scripts are immutable). */
export function stepTable(script: Script): ReadonlyMap<string, StepEntry> {
  const cached = tables.get(script);
  if (cached) return cached;
  const resolveSet = assignmentResolver(script.variables);
  const resolve = (spec: Spec): TableTransition => ({
    to: spec.to,
    ...(spec.guard === undefined ? {} : { guard: spec.guard }),
    ...(spec.onMove === undefined ? {} : { move: spec.onMove }),
    set: (spec.set ?? []).map(resolveSet),
  });
  const table = new Map<string, StepEntry>();
  for (const step of script.steps) {
    if (step.kind === 'outcome') table.set(step.id, { step, on: {}, always: [] });
    else if (step.kind === 'agent')
      table.set(step.id, {
        step,
        on: { 'agent.turn': step.transitions.map(resolve) },
        always: [],
      });
    else if (step.kind === 'decision')
      table.set(step.id, { step, on: {}, always: step.transitions.map(resolve) });
    else table.set(step.id, { step, on: customerHandlers(step, resolve), always: [] });
  }
  tables.set(script, table);
  return table;
}

function customerHandlers(step: CustomerStep, resolve: (spec: Spec) => TableTransition) {
  // An unforeseen turn, or a reaction whose guards all fail, falls back to `otherwise`.
  const fallback = step.otherwise ? [resolve(step.otherwise)] : [];
  const handlers: Record<string, TableTransition[]> = { unforeseen: fallback };
  for (const reaction of step.reactions) {
    const own = step.transitions.filter((t) => t.on === reaction.id).map(resolve);
    handlers[`reaction.${reaction.id}`] = [...own, ...fallback];
  }
  return handlers;
}

function assignmentResolver(variables: readonly Variable[]) {
  const byId = new Map(variables.map((variable) => [variable.id, variable]));
  return (assignment: Assignment): ResolvedAssignment => {
    if (!('add' in assignment)) return assignment;
    const variable = byId.get(assignment.variable);
    const bounds =
      variable?.type === 'number'
        ? { min: variable.min, max: variable.max }
        : { min: -Infinity, max: Infinity };
    return { ...assignment, ...bounds };
  };
}
