import { appraiseAgentTurn } from '../customer/appraisal';
import type { AgentTurnReading } from '../customer/customer.types';
import { personaForBrand } from '../customer/customer-file';
import { requestedFacts } from '../customer/fact-answers';
import { initialMood, updateMood } from '../customer/mood';
import { accountWords } from '../scoring/account-words';
import {
  type CallProgress,
  changesUnverified,
  doesDisclosingStep,
  movesAtStep,
  NO_PROGRESS,
  progressOf,
  stepGoalMet,
  stepHandling,
  stepHints,
} from './step-gate';
import { customerReplies } from './customer-reply';
import { turnRandom, withSystemTurn } from './engine-turns';
import { advanceScript, currentStep, startScript, type ScriptSnapshot } from './script-cursor';
import type {
  SessionConfig,
  SessionDependencies,
  SessionState,
  TranscriptTurn,
  TurnEvent,
} from './session.types';

// The call's engine: it opens the call and plays each agent line. What happens without words is
// in silence-and-hold.ts, endings other than the script's in call-endings.ts.

/** Opens the call: the script at its start step; the customer speaks first only if it starts. */
export function startSession(config: SessionConfig): SessionState {
  return openCall(config, startScript(config.script));
}

/**
 * Opens the call with the script at `snapshot`, holding what the call already knows there (the
 * test bench opens mid-script, at `openedAt`); at a customer step the customer speaks first.
 * A call opened mid-script records what it held, so the scoring can count it.
 */
export function openCall(
  config: SessionConfig,
  snapshot: ScriptSnapshot,
  known: Pick<SessionState['memory'], 'said' | 'factsGiven'> = { said: [], factsGiven: [] },
  progress: CallProgress = NO_PROGRESS,
  openedAt: string | null = null,
): SessionState {
  const state: SessionState = {
    // The customer's file is the one of the brand played (their number under its prefix).
    config: { ...config, persona: personaForBrand(config.persona, config.brand) },
    status: 'in_call',
    scriptSnapshot: snapshot,
    mood: initialMood(config.persona),
    aside: null,
    hold: null,
    transcript: [],
    memory: {
      said: known.said,
      factsGiven: known.factsGiven,
      timesNamed: 0,
      customerTurns: 0,
      socialEngineeringAttempts: 0,
    },
    prompterUses: 0,
    outcome: null,
    progress,
    ...(openedAt === null
      ? {}
      : { opening: { stepId: openedAt, identityVerified: progress.identityVerified } }),
  };
  if (currentStep(config.script, snapshot)?.kind !== 'customer') return state;
  return customerReplies(state, {
    reading: null,
    quality: 0.5,
    requestedFacts: [],
    random: turnRandom(state),
    advanced: true,
  });
}

function customerWaiting(state: SessionState): boolean {
  const last = state.transcript.at(-1);
  if (last?.speaker !== 'customer') return false;
  return state.aside !== null || last.text.trim().endsWith('?');
}

/** How many times each mood cause already moved the customer in this call. */
function causesSoFar(state: SessionState): Map<string, number> {
  const counts = new Map<string, number>();
  for (const turn of state.transcript)
    for (const event of turn.events)
      if (event.type === 'mood_causes')
        for (const cause of event.causes) counts.set(cause.id, (counts.get(cause.id) ?? 0) + 1);
  return counts;
}

/** The moves an agent line makes, by id. */
function moveIds(reading: AgentTurnReading): string[] {
  return reading.moves.map((move) => move.id);
}

/**
 * The agent says a line: analysed, scored against the mood, and the customer answers. The
 * script moves on only when the line (with the others said at this step) does what the step
 * expects; otherwise the call stays where it is and the customer answers the words.
 */
export function agentSays(
  state: SessionState,
  text: string,
  deps: SessionDependencies,
): SessionState {
  if (state.status !== 'in_call') return state;
  const { script, persona } = state.config;
  const random = turnRandom(state);
  const snapshot = state.scriptSnapshot as ScriptSnapshot;
  const step = currentStep(script, snapshot);
  const agentStep = step?.kind === 'agent' ? step : null;
  const progress = progressOf(state);
  const hints = stepHints(agentStep, persona);
  const reading = deps.analyse(text, {
    context: {
      customerFirstName: persona.factSheet.firstName,
      customerLastName: persona.factSheet.lastName,
    },
    ...(hints ? { hints } : {}),
  });
  const requested = requestedFacts(text);
  const understood = reading.moves.length > 0 || requested.length > 0;
  const misunderstood = understood ? 0 : progress.misunderstood + 1;
  const named = reading.flags.filter((flag) => flag.id === 'customer_named').length;
  const quality = agentStep ? stepHandling(agentStep, reading) : 0.5;
  // During an improvised aside the script waits where it was; the agent's line answers the aside.
  const suspended = state.aside !== null && !state.aside.scripted;
  const made = agentStep ? movesAtStep(progress, agentStep, reading) : [];
  // A goodbye in the closing phase ends the call whatever else the line does.
  const closing = agentStep?.phase === 'conclusion' && moveIds(reading).includes('close');
  const advanced = agentStep !== null && !suspended && (closing || stepGoalMet(agentStep, made));
  const askedAgain = requested.some((fact) => state.memory.factsGiven.includes(fact));
  const causes = appraiseAgentTurn(reading, {
    persona,
    mood: state.mood,
    customerWaitingForAnswer: customerWaiting(state),
    timesNamed: state.memory.timesNamed,
    askedAgain,
    understood,
    stalled: !advanced && !suspended,
    earlierCauses: causesSoFar(state),
    repeated: state.transcript.some((turn) => turn.speaker === 'agent' && turn.text === text),
  });
  const mood = updateMood(state.mood, causes, persona);
  // Redaction (issue 14): every agent line, with the previous ones as context (a card number
  // split across two turns), before it is recorded; the analysis above sees the line as said.
  const earlier = state.transcript.filter((t) => t.speaker === 'agent').map((t) => t.text);
  const events: TurnEvent[] = [{ type: 'mood_causes', causes }];
  if (!understood) events.push({ type: 'not_understood', count: misunderstood });
  // Calming an outburst is not acting on the account — unless the line reads the account out
  // all the same; answering a fraudster's pretext can be.
  const handlingEmotion =
    suspended &&
    state.aside?.kind !== 'social_engineering' &&
    accountWords(text, script.language) === null &&
    !doesDisclosingStep(script, reading);
  if (!handlingEmotion && changesUnverified(script, agentStep, reading, progress, advanced))
    events.push({ type: 'unverified_change', step: step?.id ?? null });
  const agentTurn: TranscriptTurn = {
    index: state.transcript.length,
    speaker: 'agent',
    text: deps.redact(text, earlier),
    moves: reading.moves,
    flags: reading.flags.map((flag) => ({ ...flag, text: deps.redact(flag.text, earlier) })),
    mood,
    events,
    step: step?.id ?? null,
    phase: step?.phase ?? null,
  };
  const moved = advanced
    ? advanceScript(script, snapshot, { type: 'agent.turn', moves: made })
    : snapshot;
  const asked =
    moveIds(reading).includes('verify_identity') || requested.includes('customerNumber');
  const afterAgent: SessionState = {
    ...state,
    mood,
    scriptSnapshot: moved,
    transcript: [...state.transcript, agentTurn],
    memory: { ...state.memory, timesNamed: state.memory.timesNamed + named },
    progress: {
      ...progress,
      step: advanced ? null : (agentStep?.id ?? progress.step),
      moves: advanced ? [] : made,
      misunderstood,
      identityAsked: progress.identityAsked || asked,
    },
  };
  return customerReplies(afterAgent, {
    reading,
    quality,
    requestedFacts: requested,
    random,
    advanced,
  });
}

/** Records a use of the prompter (it costs a little in the score, as the rubric says). */
export function notePrompterUse(state: SessionState): SessionState {
  const step = currentStep(state.config.script, state.scriptSnapshot as ScriptSnapshot);
  return withSystemTurn(state, [{ type: 'prompter_used', step: step?.id ?? '' }], {
    prompterUses: state.prompterUses + 1,
  });
}
