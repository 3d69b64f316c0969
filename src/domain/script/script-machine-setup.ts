import { assign, setup } from 'xstate';
import type { Guard, VariableValue } from './script-variables-schema';
import { applyAssignments, evaluateGuard, type ResolvedAssignment } from './variable-logic';

/** What a compiled script machine remembers besides its current step. */
export interface ScriptContext {
  values: Record<string, VariableValue>;
  /** The last throughline step entered: where the call resumes after an aside. */
  resumeAt: string | null;
}

/**
 * Events the session sends. `agent.turn` carries the moves the language layer found;
 * `reaction.<id>` is a customer reaction of the current step; `unforeseen` is a customer turn
 * that matches none; asides suspend and resume the call.
 */
export type ScriptEvent =
  | { type: 'agent.turn'; moves?: readonly string[] }
  | { type: `reaction.${string}` }
  | { type: 'unforeseen' }
  | { type: 'aside.start'; derailment?: string }
  | { type: 'aside.end' };

/** Optional start values (e.g. a preview replaying a branch); defaults otherwise. */
export interface ScriptInput {
  values?: Record<string, VariableValue>;
}

/** Parameters of the one transition guard every script uses. */
export interface TransitionGuardParams {
  guard?: Guard;
  /** Agent steps only: the turn must make this move. */
  move?: string;
}

/** The single setup every script compiles against: scripts name these guards and actions. */
export const scriptMachineSetup = setup({
  types: {
    context: {} as ScriptContext,
    events: {} as ScriptEvent,
    input: {} as ScriptInput,
  },
  guards: {
    transitionAllowed: ({ context, event }, params: TransitionGuardParams) =>
      evaluateGuard(context.values, params.guard) &&
      (params.move === undefined ||
        (event.type === 'agent.turn' && (event.moves ?? []).includes(params.move))),
    resumesAt: ({ context }, params: { stepId: string }) => context.resumeAt === params.stepId,
  },
  actions: {
    assignValues: assign({
      values: ({ context }, params: { set: readonly ResolvedAssignment[] }) =>
        applyAssignments(context.values, params.set),
    }),
    markReturnPoint: assign({ resumeAt: (_, params: { stepId: string }) => params.stepId }),
  },
});
