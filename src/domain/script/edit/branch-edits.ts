import type { Script, ScriptStep } from '../script-schema';
import { withoutKeys } from './object-fields';
import { freeId, usedIds } from './step-ids';

/**
 * Adds a branch from one step to another. A customer branch answers the step's first reaction
 * (the author picks another in the inspector); an outcome has no way out, so nothing changes.
 */
export function connect(script: Script, fromId: string, toId: string): Script {
  const from = script.steps.find((step) => step.id === fromId);
  if (!from || from.kind === 'outcome' || !script.steps.some((step) => step.id === toId)) {
    return script;
  }
  const id = freeId(`${fromId}-vers-${toId}`, usedIds(script));
  const transition =
    from.kind === 'customer' ? { id, to: toId, on: from.reactions[0]?.id ?? id } : { id, to: toId };
  const steps = script.steps.map((step) =>
    step === from
      ? ({ ...from, transitions: [...from.transitions, transition] } as ScriptStep)
      : step,
  );
  return { ...script, steps };
}

/** Removes one branch (a transition, or a customer step's `otherwise`) by its id. */
export function disconnect(script: Script, fromId: string, branchId: string): Script {
  let changed = false;
  const steps = script.steps.map((step): ScriptStep => {
    if (step.id !== fromId || step.kind === 'outcome') return step;
    const transitions = step.transitions.filter((transition) => transition.id !== branchId);
    changed = transitions.length !== step.transitions.length;
    if (step.kind === 'customer' && step.otherwise?.id === branchId) {
      changed = true;
      return withoutKeys({ ...step, transitions } as ScriptStep, ['otherwise']);
    }
    return { ...step, transitions } as ScriptStep;
  });
  return changed ? { ...script, steps } : script;
}
