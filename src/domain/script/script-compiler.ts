import { scriptMachineSetup, type ScriptInput } from './script-machine-setup';
import type { CustomerStep, Script, ScriptStep } from './script-schema';
import type { Assignment, Guard, Variable } from './script-variables-schema';
import { defaultValues, type ResolvedAssignment } from './variable-logic';

export type ScriptMachine = ReturnType<typeof compileScript>;

/** State-node id of a step: `#step:<id>` targets it from anywhere in the machine. */
export const stepNodeId = (stepId: string): string => `step:${stepId}`;

/** Key of the compound state holding every non-outcome step. */
export const CALL_STATE = '_call';
/** Key of the state the call is suspended in during an aside. */
export const ASIDE_STATE = '_aside';

/** Thrown when the script lacks what the compiler needs; run the validator first. */
export class ScriptCompileError extends Error {}

interface TransitionSpec {
  to: string;
  guard?: Guard;
  set?: Assignment[];
  onMove?: string;
}

/** Step tags: the phase and flags, so the session and tests can ask `snapshot.hasTag(...)`. */
export function stepTags(step: ScriptStep): string[] {
  const tags = [`kind:${step.kind}`];
  if (step.phase) tags.push(`phase:${step.phase}`);
  if (step.mandatory) tags.push('mandatory');
  if (step.discloses) tags.push('discloses');
  if (step.throughline) tags.push('throughline');
  for (const tag of step.compliance ?? []) tags.push(`compliance:${tag}`);
  return tags;
}

/** Compiles a (validated) script into an XState machine; outcomes are top-level final states. */
export function compileScript(script: Script) {
  const start = script.steps.find((step) => step.start);
  if (!start) throw new ScriptCompileError(`Script ${script.id} has no start step.`);
  const resolveSet = assignmentResolver(script.variables);
  const transition = (spec: TransitionSpec) => ({
    target: `#${stepNodeId(spec.to)}`,
    guard: { type: 'transitionAllowed' as const, params: { guard: spec.guard, move: spec.onMove } },
    actions: spec.set?.length
      ? [{ type: 'assignValues' as const, params: { set: spec.set.map(resolveSet) } }]
      : [],
  });

  const callStates: Record<string, object> = { _history: { type: 'history', id: 'call-history' } };
  const outcomeStates: Record<string, object> = {};
  const throughline: string[] = [];

  for (const step of script.steps) {
    const base = {
      id: stepNodeId(step.id),
      tags: stepTags(step),
      meta: { step },
      entry: step.throughline
        ? [{ type: 'markReturnPoint' as const, params: { stepId: step.id } }]
        : [],
    };
    if (step.throughline) throughline.push(step.id);
    switch (step.kind) {
      case 'outcome':
        outcomeStates[step.id] = { ...base, type: 'final' };
        break;
      case 'agent':
        callStates[step.id] = { ...base, on: { 'agent.turn': step.transitions.map(transition) } };
        break;
      case 'decision':
        callStates[step.id] = { ...base, always: step.transitions.map(transition) };
        break;
      case 'customer':
        callStates[step.id] = { ...base, on: customerHandlers(step, transition) };
        break;
    }
  }

  return scriptMachineSetup.createMachine({
    id: script.id,
    initial: CALL_STATE,
    context: ({ input }: { input: ScriptInput | undefined }) => ({
      values: input?.values ?? defaultValues(script.variables),
      resumeAt: null,
    }),
    states: {
      [CALL_STATE]: {
        initial: start.id,
        states: callStates,
        on: { 'aside.start': { target: `#${script.id}.${ASIDE_STATE}` } },
      },
      [ASIDE_STATE]: {
        tags: ['aside'],
        on: {
          'aside.end': [
            ...throughline.map((stepId) => ({
              target: `#${stepNodeId(stepId)}`,
              guard: { type: 'resumesAt' as const, params: { stepId } },
            })),
            { target: '#call-history' },
          ],
        },
      },
      ...outcomeStates,
    },
    // State keys come from data, so XState cannot infer this config statically; the machine
    // keeps the context, event, guard and action types of `scriptMachineSetup`.
  } as never);
}

function customerHandlers<T>(step: CustomerStep, transition: (spec: TransitionSpec) => T) {
  // An unforeseen turn, or a reaction whose guards all fail, falls back to `otherwise`.
  const fallback = step.otherwise ? [transition(step.otherwise)] : [];
  const handlers: Record<string, T[]> = { unforeseen: fallback };
  for (const reaction of step.reactions) {
    const own = step.transitions.filter((t) => t.on === reaction.id).map(transition);
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
