import type { Script, ScriptStep } from '../script/script-schema';

// A draft that does not validate can still be tested from its sound steps (issue 18): what
// would stop the machine from compiling at all is set aside, and said, rather than refused.

export interface TestableScript {
  script: Script;
  /** Ids of the branches dropped because they lead to no step. */
  droppedBranches: string[];
  /** The step given the start flag because the draft had none (the compiler needs one). */
  startAssumed: string | null;
}

/**
 * The draft as the test bench can compile it: branches to missing steps dropped, duplicate step
 * ids kept once, a start step assumed at `fallbackStart` when there is none. A sound draft comes
 * back as the same object, so the compiled machine is reused.
 */
export function testableScript(script: Script, fallbackStart: string): TestableScript {
  const seen = new Set<string>();
  const steps = script.steps.filter((step) => !seen.has(step.id) && seen.add(step.id));
  const dropped: string[] = [];
  const keep = <T extends { id?: string; to: string }>(branch: T): boolean => {
    if (seen.has(branch.to)) return true;
    dropped.push(branch.id ?? branch.to);
    return false;
  };
  const mended = steps.map((step): ScriptStep => {
    if (step.kind === 'outcome') return step;
    if (step.kind !== 'customer') return { ...step, transitions: step.transitions.filter(keep) };
    const otherwise = step.otherwise && keep(step.otherwise) ? step.otherwise : undefined;
    const mendedStep = { ...step, transitions: step.transitions.filter(keep) };
    delete mendedStep.otherwise;
    return otherwise ? { ...mendedStep, otherwise } : mendedStep;
  });
  const hasStart = mended.some((step) => step.start);
  const startAssumed = hasStart ? null : fallbackStart;
  const sound = dropped.length === 0 && hasStart && steps.length === script.steps.length;
  if (sound) return { script, droppedBranches: [], startAssumed: null };
  return {
    script: {
      ...script,
      steps: hasStart
        ? mended
        : mended.map((step) => (step.id === fallbackStart ? { ...step, start: true } : step)),
    },
    droppedBranches: dropped,
    startAssumed,
  };
}
