import type { Condition, Guard, Variable, VariableValue } from './script-variables-schema';

export type VariableValues = Readonly<Record<string, VariableValue>>;

/** A resolved assignment: the compiler adds the bounds of number variables. */
export type ResolvedAssignment =
  | { variable: string; value: VariableValue }
  | { variable: string; add: number; min: number; max: number };

/** The initial values of a script's variables. */
export function defaultValues(variables: readonly Variable[]): Record<string, VariableValue> {
  return Object.fromEntries(variables.map((variable) => [variable.id, variable.default]));
}

function holds(values: VariableValues, { variable, op, value }: Condition): boolean {
  const actual = values[variable];
  switch (op) {
    case 'eq':
      return actual === value;
    case 'neq':
      return actual !== value;
    default: {
      if (typeof actual !== 'number' || typeof value !== 'number') return false;
      if (op === 'lt') return actual < value;
      if (op === 'lte') return actual <= value;
      if (op === 'gt') return actual > value;
      return actual >= value;
    }
  }
}

/** True when the guard holds for these values (an absent guard always holds). */
export function evaluateGuard(values: VariableValues, guard: Guard | undefined): boolean {
  if (guard === undefined) return true;
  if ('all' in guard) return guard.all.every((condition) => holds(values, condition));
  if ('any' in guard) return guard.any.some((condition) => holds(values, condition));
  return holds(values, guard);
}

/** Applies assignments in order and returns the new values; numbers stay within their bounds. */
export function applyAssignments(
  values: VariableValues,
  assignments: readonly ResolvedAssignment[],
): Record<string, VariableValue> {
  const next: Record<string, VariableValue> = { ...values };
  for (const assignment of assignments) {
    if ('add' in assignment) {
      const current = next[assignment.variable];
      const base = typeof current === 'number' ? current : 0;
      next[assignment.variable] = Math.min(
        assignment.max,
        Math.max(assignment.min, base + assignment.add),
      );
    } else {
      next[assignment.variable] = assignment.value;
    }
  }
  return next;
}
