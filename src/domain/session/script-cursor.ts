import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { CALL_STATE, compileScript, type ScriptMachine } from '../script/script-compiler';
import type { ScriptEvent } from '../script/script-machine-setup';
import type { OutcomeStep, Script, ScriptStep } from '../script/script-schema';

export type ScriptSnapshot = SnapshotFrom<ScriptMachine>;

// Compiling is pure and a script document is immutable once loaded: compile it once.
const machines = new WeakMap<Script, ScriptMachine>();

/** The compiled machine of a script, compiled on first use. */
export function scriptMachine(script: Script): ScriptMachine {
  let machine = machines.get(script);
  if (!machine) {
    machine = compileScript(script);
    machines.set(script, machine);
  }
  return machine;
}

/** The script's first snapshot: the call at its start step. */
export function startScript(script: Script): ScriptSnapshot {
  const [snapshot] = initialTransition(scriptMachine(script), {});
  return snapshot;
}

/** Moves the script on by one event, purely (decision steps resolve on their own). */
export function advanceScript(
  script: Script,
  snapshot: ScriptSnapshot,
  event: ScriptEvent,
): ScriptSnapshot {
  const [next] = transition(scriptMachine(script), snapshot, event);
  return next;
}

/** The step the call is at; null during an aside. */
export function currentStep(script: Script, snapshot: ScriptSnapshot): ScriptStep | null {
  const value = snapshot.value as string | Record<string, string>;
  const stepId = typeof value === 'string' ? value : value[CALL_STATE];
  return script.steps.find((step) => step.id === stepId) ?? null;
}

/** The outcome step reached, if the script has ended. */
export function reachedOutcome(script: Script, snapshot: ScriptSnapshot): OutcomeStep | null {
  if (snapshot.status !== 'done') return null;
  const step = currentStep(script, snapshot);
  return step?.kind === 'outcome' ? step : null;
}
