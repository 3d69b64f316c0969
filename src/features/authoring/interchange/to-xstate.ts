import { compileScript } from '@/domain/script/script-compiler';
import type { Script } from '@/domain/script/script-schema';
import { defaultValues } from '@/domain/script/variable-logic';

type StateConfig = { description?: string; meta?: { step?: { title?: string } }; states?: States };
type States = Record<string, StateConfig>;

/** Each step's state described by its title, which Stately shows on the state. */
function described(states: States): States {
  return Object.fromEntries(
    Object.entries(states).map(([key, state]) => {
      const title = state.meta?.step?.title;
      const children = state.states ? { states: described(state.states) } : {};
      return [key, { ...(title ? { description: title } : {}), ...state, ...children }];
    }),
  );
}

/**
 * The script as the XState v5 machine config Répéter runs (the same compiler), in JSON for
 * Stately and XState tools: steps are states (outcomes final, phases and flags as tags, the step
 * in `meta`), branches are transitions with the `transitionAllowed` guard and `assignValues`
 * action by name and params, the aside and its return as in the app. The context is written out
 * (the variables' start values) since JSON cannot hold the compiler's function. Throws the
 * compiler's error for a script with no start step.
 */
export function toXStateConfig(script: Script): Record<string, unknown> {
  const config = compileScript(script).config as unknown as Record<string, unknown> & {
    states: States;
  };
  return {
    ...config,
    context: { values: defaultValues(script.variables), resumeAt: null },
    states: described(config.states),
  };
}

/** The XState config as JSON text (two-space indent, final newline). */
export const toXStateJson = (script: Script) =>
  `${JSON.stringify(toXStateConfig(script), null, 2)}\n`;
