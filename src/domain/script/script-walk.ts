import type { Script, ScriptStep } from './script-schema';
import type { Assignment, Guard } from './script-variables-schema';

/** A way out of a step, wherever it is declared (transitions or a customer's `otherwise`). */
export interface StepExit {
  step: ScriptStep;
  stepIndex: number;
  id: string;
  to: string;
  guard?: Guard;
  set?: Assignment[];
  onMove?: string;
  /** Customer steps: the reaction it answers. */
  on?: string;
  path: string;
}

/** JSON path of a step. */
export const stepPath = (index: number): string => `$.steps[${index}]`;

// Several rules walk the same exits; a script is immutable once parsed, so compute them once.
const exitsCache = new WeakMap<Script, StepExit[]>();
const successorsCache = new WeakMap<Script, Map<string, string[]>>();

/** Every exit of every step, in document order. */
export function stepExits(script: Script): StepExit[] {
  const cached = exitsCache.get(script);
  if (cached) return cached;
  const exits: StepExit[] = [];
  script.steps.forEach((step, stepIndex) => {
    if (step.kind === 'outcome') return;
    step.transitions.forEach((transition, index) => {
      exits.push({
        ...transition,
        step,
        stepIndex,
        path: `${stepPath(stepIndex)}.transitions[${index}]`,
      });
    });
    if (step.kind === 'customer' && step.otherwise) {
      exits.push({ ...step.otherwise, step, stepIndex, path: `${stepPath(stepIndex)}.otherwise` });
    }
  });
  exitsCache.set(script, exits);
  return exits;
}

/** Successor step ids of each step, ignoring guards (an over-approximation of the real graph). */
export function successors(script: Script): ReadonlyMap<string, readonly string[]> {
  const cached = successorsCache.get(script);
  if (cached) return cached;
  const next = new Map<string, string[]>(script.steps.map((step) => [step.id, []]));
  for (const exit of stepExits(script)) next.get(exit.step.id)?.push(exit.to);
  successorsCache.set(script, next);
  return next;
}

/** Step ids reachable from `from` following `next`, optionally never entering `blocked` steps. */
export function reachableFrom(
  from: string,
  next: ReadonlyMap<string, readonly string[]>,
  blocked: (stepId: string) => boolean = () => false,
): Set<string> {
  const seen = new Set<string>([from]);
  const queue = [from];
  for (let i = 0; i < queue.length; i += 1) {
    for (const target of next.get(queue[i] as string) ?? []) {
      if (seen.has(target) || blocked(target)) continue;
      seen.add(target);
      queue.push(target);
    }
  }
  return seen;
}
