import { scriptMachineSetup, type ScriptInput } from './script-machine-setup';
import type { Script, ScriptStep } from './script-schema';
import { stepTable, type TableTransition } from './script-table';
import { defaultValues } from './variable-logic';

export type ScriptMachine = ReturnType<typeof compileScript>;

/** State-node id of a step: `#step:<id>` targets it from anywhere in the machine. */
export const stepNodeId = (stepId: string): string => `step:${stepId}`;

/** Key of the compound state holding every non-outcome step. */
export const CALL_STATE = '_call';
/** Key of the state the call is suspended in during an aside. */
export const ASIDE_STATE = '_aside';

/** Thrown when the script lacks what the compiler needs; run the validator first. */
export class ScriptCompileError extends Error {}

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
  const table = stepTable(script);
  const transition = (spec: TableTransition) => ({
    target: `#${stepNodeId(spec.to)}`,
    guard: { type: 'transitionAllowed' as const, params: { guard: spec.guard, move: spec.move } },
    actions: spec.set.length ? [{ type: 'assignValues' as const, params: { set: spec.set } }] : [],
  });
  const handlers = (stepId: string) =>
    Object.fromEntries(
      Object.entries(table.get(stepId)?.on ?? {}).map(([event, specs]) => [
        event,
        specs.map(transition),
      ]),
    );

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
      case 'customer':
        callStates[step.id] = { ...base, on: handlers(step.id) };
        break;
      case 'decision':
        callStates[step.id] = {
          ...base,
          always: (table.get(step.id)?.always ?? []).map(transition),
        };
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
