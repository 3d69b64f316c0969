import type { Rubric, RubricOverride, ScoringRuleId } from './rubric-schema';

/** A rubric with an override applied: weights, rule points and thresholds replaced, nothing else. */
export function applyRubricOverride(rubric: Rubric, override: RubricOverride | undefined): Rubric {
  if (!override) return rubric;
  const criteria = { ...rubric.criteria };
  for (const [name, change] of Object.entries(override.criteria ?? {})) {
    const key = name as keyof Rubric['criteria'];
    if (change) criteria[key] = { ...criteria[key], ...change };
  }
  const rules = { ...rubric.rules };
  for (const [id, change] of Object.entries(override.rules ?? {})) {
    const key = id as ScoringRuleId;
    if (change) rules[key] = { ...rules[key], ...definedOnly(change) };
  }
  return {
    ...rubric,
    criteria,
    rules,
    thresholds: { ...rubric.thresholds, ...definedOnly(override.thresholds ?? {}) },
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The rubric that applies to a script: the rubric's own per-script override, then the caller's. */
export function rubricForScript(
  rubric: Rubric,
  scriptId: string,
  override?: RubricOverride,
): Rubric {
  return applyRubricOverride(
    applyRubricOverride(rubric, rubric.scriptOverrides?.[scriptId]),
    override,
  );
}
