import { customerLines, fillCallSlots } from '../customer/file-slots';
import type { MoveId } from '../moves/move-catalogue';
import { fillAgentSlot } from '../customer/agent-slot';
import { fillPlaceholders } from '../customer/customer-lines';
import { createRandom } from '../random/seeded-random';
import type { Mood } from '../customer/customer.types';
import type { Phase } from '../script/script-schema';
import { lectureAsideChoices } from './lecture-aside-choices';
import { lectureChoices, type LectureChoice } from './lecture-choices';
import { currentStep, type ScriptSnapshot } from './script-cursor';
import type { SessionOutcome, SessionState } from './session.types';

/** What the prompter whispers: the move the step expects and the author's line for it. */
export interface PrompterHint {
  expectedMoves: MoveId[];
  goal: string;
  line: string | null;
}

/** Everything a stage UI shows, derived from the session (no second source of truth). */
export interface StageView {
  status: SessionState['status'];
  stepId: string | null;
  phase: Phase | null;
  /** Whose turn the script is waiting for. */
  waitingFor: 'agent' | 'customer' | null;
  customerLine: string | null;
  mood: Mood;
  prompter: PrompterHint | null;
  /** Read-through only: the three lines to choose from at an agent step. */
  choices: LectureChoice[];
  outcome: SessionOutcome | null;
}

// The shipped rubric's opening (`thresholds.openingTurns`), for callers that have no rubric.
const DEFAULT_OPENING_TURNS = 2;

/**
 * The stage as a UI (or the CLI) needs it after any event. `openingTurns` is the rubric's: past
 * it, Lecture offers a greeting step's line without its greeting, as the debrief would advise.
 */
export function stageView(
  state: SessionState,
  agentName: string,
  openingTurns: number = DEFAULT_OPENING_TURNS,
): StageView {
  const { script, persona, brand, mode, seed } = state.config;
  const step =
    state.status === 'ended' ? null : currentStep(script, state.scriptSnapshot as ScriptSnapshot);
  const lastCustomer = [...state.transcript].reverse().find((turn) => turn.speaker === 'customer');
  const agentStep = step?.kind === 'agent' ? step : null;
  const prompter = agentStep
    ? {
        expectedMoves: agentStep.expectedMoves.filter(
          (move): move is MoveId => typeof move === 'string',
        ) as MoveId[],
        goal: agentStep.goal,
        line: agentStep.lines[0]
          ? fillPlaceholders(
              fillCallSlots(
                fillAgentSlot(agentStep.lines[0].text, agentName, script.language),
                customerLines(state),
                script.language,
              ),
              persona,
            )
          : null,
      }
    : null;
  // An open aside waits for the agent's answer when no agent step does: a scripted aside suspends
  // the script (no step), and an improvised one can leave it at the customer's step.
  const answeringAside = state.status === 'in_call' && state.aside !== null && !agentStep;
  const random = createRandom(seed).fork(`choices:${state.transcript.length}`);
  const choices =
    mode !== 'lecture' || state.status !== 'in_call'
      ? []
      : agentStep
        ? lectureChoices(agentStep, brand, persona, agentName, random, {
            irritation: state.mood.irritation,
            customerSaid: customerLines(state),
            pastOpening:
              state.transcript.filter((turn) => turn.speaker === 'agent').length >= openingTurns,
          })
        : answeringAside && state.aside
          ? lectureAsideChoices(state.aside.kind, brand, persona, random)
          : [];
  return {
    status: state.status,
    stepId: step?.id ?? null,
    phase: step?.phase ?? null,
    waitingFor:
      step?.kind === 'agent' || answeringAside
        ? 'agent'
        : step?.kind === 'customer'
          ? 'customer'
          : null,
    customerLine: lastCustomer?.text ?? null,
    mood: state.mood,
    prompter,
    choices,
    outcome: state.outcome,
  };
}
