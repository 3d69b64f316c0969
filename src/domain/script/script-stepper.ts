import type { ScriptEvent } from './script-machine-setup';
import type { Script } from './script-schema';
import { stepTable, type StepEntry, type TableTransition } from './script-table';
import type { VariableValue } from './script-variables-schema';
import { applyAssignments, defaultValues, evaluateGuard } from './variable-logic';

/** Where a call rests between turns: what the analysis needs of an XState snapshot. */
export interface CallState {
  stepId: string;
  values: Readonly<Record<string, VariableValue>>;
  /** True once an outcome is entered. */
  done: boolean;
  /**
   * Set when a chain of decisions came back to a decision it had already passed with the same
   * values (the compiled machine would loop forever within one turn), or passed more than
   * MAX_DECISIONS_PER_TURN decisions. The state is the decision where it stopped.
   */
  eventlessLoop?: boolean;
}

/** Decisions one turn may pass through; more is a loop in all but name. */
export const MAX_DECISIONS_PER_TURN = 1000;

/**
 * Steps a script the way its compiled XState machine does (same table, same guard and assignment
 * functions, first enabled transition wins, decisions passed through within the turn), without
 * building a snapshot per transition: the graph analysis tries tens of thousands of them, and
 * XState's `transition()` costs a throw-away actor and a snapshot clone each time. A conformance
 * test walks both side by side on the library and on generated scripts.
 */
export class ScriptStepper {
  private readonly table: ReadonlyMap<string, StepEntry>;
  private readonly events = new Map<string, ScriptEvent[]>();
  /** Transitions tried and decisions passed so far: what a traversal budget counts. */
  work = 0;

  constructor(private readonly script: Script) {
    this.table = stepTable(script);
    for (const step of script.steps) this.events.set(step.id, eventsOf(step));
  }

  /** The state the call starts in, decisions from the start step already passed. */
  initial(): CallState {
    const start = this.script.steps.find((step) => step.start);
    return this.enter(start?.id ?? '', defaultValues(this.script.variables));
  }

  /** The events worth trying where the call rests (none on an outcome or a stuck decision). */
  eventsAt(state: CallState): readonly ScriptEvent[] {
    if (state.done || state.eventlessLoop) return [];
    return this.events.get(state.stepId) ?? [];
  }

  /** The state after `event`; the same state when no transition is enabled. */
  next(state: CallState, event: ScriptEvent): CallState {
    this.work += 1;
    const handlers = this.table.get(state.stepId)?.on[event.type] ?? [];
    const taken = handlers.find((t) => enabled(t, state.values, event));
    if (!taken) return state;
    return this.enter(taken.to, applyAssignments(state.values, taken.set));
  }

  private enter(stepId: string, values: Readonly<Record<string, VariableValue>>): CallState {
    const passed = new Set<string>();
    let at = stepId;
    let current = values;
    for (;;) {
      const entry = this.table.get(at);
      if (entry?.step.kind === 'outcome') return { stepId: at, values: current, done: true };
      if (entry?.step.kind !== 'decision') return { stepId: at, values: current, done: false };
      const key = stateKey(at, current);
      if (passed.has(key) || passed.size >= MAX_DECISIONS_PER_TURN)
        return { stepId: at, values: current, done: false, eventlessLoop: true };
      passed.add(key);
      this.work += 1;
      const taken = entry.always.find((t) => evaluateGuard(current, t.guard));
      if (!taken) return { stepId: at, values: current, done: false };
      at = taken.to;
      current = applyAssignments(current, taken.set);
    }
  }
}

function enabled(
  transition: TableTransition,
  values: Readonly<Record<string, VariableValue>>,
  event: ScriptEvent,
): boolean {
  if (!evaluateGuard(values, transition.guard)) return false;
  if (transition.move === undefined) return true;
  return event.type === 'agent.turn' && (event.moves ?? []).includes(transition.move);
}

/**
 * The events worth trying at each step: one per reaction, the unforeseen turn, and one agent turn
 * per move a transition waits for. Asides are left out: they always resume the call where it was.
 */
function eventsOf(step: Script['steps'][number]): ScriptEvent[] {
  if (step.kind === 'customer') {
    return [
      ...step.reactions.map((reaction): ScriptEvent => ({ type: `reaction.${reaction.id}` })),
      { type: 'unforeseen' },
    ];
  }
  if (step.kind !== 'agent') return [];
  const moves = [...new Set(step.transitions.flatMap((t) => (t.onMove ? [t.onMove] : [])))];
  return [
    { type: 'agent.turn', moves: [] },
    ...moves.map((move): ScriptEvent => ({ type: 'agent.turn', moves: [move] })),
  ];
}

/**
 * Identifies a state by step and variable values. Where the call resumes after an aside is left
 * out on purpose: only aside events read it, the traversal never sends them, and keeping it would
 * multiply states.
 */
export function stateKey(stepId: string, values: Readonly<Record<string, VariableValue>>): string {
  return `${stepId}|${JSON.stringify(values)}`;
}
