import { appraiseAgentTurn, appraiseEvent } from '../customer/appraisal';
import type { AgentTurnReading } from '../customer/customer.types';
import { requestedFacts } from '../customer/fact-answers';
import { initialMood, updateMood } from '../customer/mood';
import { fillerLine } from '../customer/customer-lines';
import { movesSaid } from '../language/move-detect';
import { createRandom, type Random } from '../random/seeded-random';
import type { AgentStep } from '../script/script-schema';
import {
  changesUnverified,
  movesAtStep,
  NO_PROGRESS,
  progressOf,
  stepGoalMet,
  stepHints,
} from './step-gate';
import { customerReplies } from './customer-reply';
import { advanceScript, currentStep, startScript, type ScriptSnapshot } from './script-cursor';
import type {
  SessionConfig,
  SessionDependencies,
  SessionOutcome,
  SessionState,
  TranscriptTurn,
  TurnEvent,
} from './session.types';

// Severe tone faults make a step badly handled even when its expected moves are there.
const SEVERE_FLAGS = new Set([
  'insult',
  'blame',
  'ownership_refusal',
  'tutoiement',
  'false_promise',
]);

/** How well an agent line performs its step, 0–1: expected moves made, minus severe faults. */
export function stepHandling(step: AgentStep, reading: AgentTurnReading): number {
  const made = new Set<string>(movesSaid(reading.moves));
  const covered = step.expectedMoves.filter((move) => made.has(move)).length;
  const severe = reading.flags.filter((flag) => SEVERE_FLAGS.has(flag.id)).length;
  return Math.max(0, Math.min(1, covered / step.expectedMoves.length - 0.3 * severe));
}

/** The draws of turn `n`: a stream of its own, so replays match whatever happened before. */
function turnRandom(state: SessionState): Random {
  return createRandom(state.config.seed).fork(`turn:${state.transcript.length}`);
}

/** Opens the call: the script at its start step; the customer speaks first only if it starts. */
export function startSession(config: SessionConfig): SessionState {
  const snapshot = startScript(config.script);
  const state: SessionState = {
    config,
    status: 'in_call',
    scriptSnapshot: snapshot,
    mood: initialMood(config.persona),
    aside: null,
    hold: null,
    transcript: [],
    memory: {
      said: [],
      factsGiven: [],
      timesNamed: 0,
      customerTurns: 0,
      socialEngineeringAttempts: 0,
    },
    prompterUses: 0,
    outcome: null,
    progress: NO_PROGRESS,
  };
  const first = currentStep(config.script, snapshot);
  if (first?.kind !== 'customer') return state;
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
  });
  const mood = updateMood(state.mood, causes, persona);
  // Redaction (issue 14): every agent line, with the previous ones as context (a card number
  // split across two turns), before it is recorded; the analysis above sees the line as said.
  const earlier = state.transcript.filter((t) => t.speaker === 'agent').map((t) => t.text);
  const events: TurnEvent[] = [{ type: 'mood_causes', causes }];
  if (!understood) events.push({ type: 'not_understood', count: misunderstood });
  // Calming an outburst is not acting on the account; answering a fraudster's pretext can be.
  const handlingEmotion = suspended && state.aside?.kind !== 'social_engineering';
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

function systemTurn(state: SessionState, events: TurnEvent[]): TranscriptTurn {
  const step = currentStep(state.config.script, state.scriptSnapshot as ScriptSnapshot);
  return {
    index: state.transcript.length,
    speaker: 'system',
    text: '',
    moves: [],
    flags: [],
    mood: state.mood,
    events,
    step: step?.id ?? null,
    phase: step?.phase ?? null,
  };
}

function withSystemTurn(
  state: SessionState,
  events: TurnEvent[],
  patch: Partial<SessionState>,
): SessionState {
  const next = { ...state, ...patch };
  return { ...next, transcript: [...state.transcript, systemTurn(next, events)] };
}

/** The agent said nothing for a while: the customer feels it and speaks up (or hangs up). */
export function deadAir(state: SessionState, seconds: number): SessionState {
  if (state.status !== 'in_call') return state;
  const mood = updateMood(
    state.mood,
    [appraiseEvent({ type: 'dead_air', seconds })],
    state.config.persona,
  );
  const noted = withSystemTurn(state, [{ type: 'dead_air', seconds }], { mood });
  if (mood.patience <= 0)
    return customerReplies(noted, {
      reading: null,
      quality: 0,
      requestedFacts: [],
      random: turnRandom(noted),
      advanced: false,
    });
  const line = fillerLine(
    'deadAir',
    state.config.persona,
    turnRandom(noted),
    new Set(state.memory.said),
  );
  return appendCustomerLine(noted, line);
}

function appendCustomerLine(state: SessionState, text: string): SessionState {
  const turn = { ...systemTurn(state, []), speaker: 'customer' as const, text };
  return {
    ...state,
    transcript: [...state.transcript, turn],
    memory: { ...state.memory, said: [...state.memory.said, text] },
  };
}

/** The agent puts the customer on hold, announcing how long. */
export function putOnHold(state: SessionState, announcedSeconds: number): SessionState {
  if (state.status !== 'in_call') return state;
  return withSystemTurn(state, [{ type: 'hold_started', announcedSeconds }], {
    status: 'on_hold',
    hold: { announcedSeconds },
  });
}

/** The agent comes back: a hold longer than announced costs patience and irritates. */
export function resumeFromHold(state: SessionState, elapsedSeconds: number): SessionState {
  if (state.status !== 'on_hold' || !state.hold) return state;
  const overrunSeconds = Math.max(0, elapsedSeconds - state.hold.announcedSeconds);
  const mood =
    overrunSeconds > 0
      ? updateMood(
          state.mood,
          [appraiseEvent({ type: 'hold_overrun', seconds: overrunSeconds })],
          state.config.persona,
        )
      : state.mood;
  const back = withSystemTurn(state, [{ type: 'hold_ended', elapsedSeconds, overrunSeconds }], {
    status: 'in_call',
    hold: null,
    mood,
  });
  const said = new Set(state.memory.said);
  const line = fillerLine(
    overrunSeconds > 0 ? 'holdLate' : 'holdBack',
    state.config.persona,
    turnRandom(back),
    said,
  );
  return appendCustomerLine(back, line);
}

function end(state: SessionState, outcome: SessionOutcome, events: TurnEvent[]): SessionState {
  if (state.status === 'ended') return state;
  return withSystemTurn(
    state,
    [...events, { type: 'outcome', code: outcome.code, success: outcome.success }],
    {
      status: 'ended',
      outcome,
    },
  );
}

/** The agent transfers the call; it counts as a success only where the script expects one. */
export function transferCall(state: SessionState): SessionState {
  const step = currentStep(state.config.script, state.scriptSnapshot as ScriptSnapshot);
  const expected = step?.kind === 'agent' && step.expectedMoves.includes('transfer');
  return end(state, { code: 'transferred', success: expected, reason: 'transferred' }, [
    { type: 'transfer' },
  ]);
}

/**
 * The agent ends the call before the script's end: proper after a DESC limit, or after a
 * goodbye once the call had reached its closing phase — not after a goodbye mid-call.
 */
export function agentHangsUp(state: SessionState): SessionState {
  const lastAgent = [...state.transcript].reverse().find((turn) => turn.speaker === 'agent');
  const said = new Set(lastAgent?.moves.map((move) => move.id));
  const proper = said.has('set_limit') || (said.has('close') && lastAgent?.phase === 'conclusion');
  return end(state, { code: 'agent_hung_up', success: proper, reason: 'agent_hung_up' }, [
    { type: 'hang_up', by: 'agent' },
  ]);
}

/** The session stopped without an ending (the agent left, or the lines ran out). */
export function abandonSession(state: SessionState): SessionState {
  return end(state, { code: 'abandoned', success: false, reason: 'abandoned' }, []);
}

/** Records a use of the prompter (it costs a little in the score, as the rubric says). */
export function notePrompterUse(state: SessionState): SessionState {
  const step = currentStep(state.config.script, state.scriptSnapshot as ScriptSnapshot);
  return withSystemTurn(state, [{ type: 'prompter_used', step: step?.id ?? '' }], {
    prompterUses: state.prompterUses + 1,
  });
}
