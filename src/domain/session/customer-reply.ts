import { asideLine, fillerLine, reactionLine } from '../customer/customer-lines';
import {
  chooseAside,
  escalationOf,
  improvisationChance,
  isAsideHandled,
  wantsToPushHiddenIntent,
} from '../customer/aside-policy';
import type { AgentTurnReading, Mood } from '../customer/customer.types';
import { answerFacts, type FactKey } from '../customer/fact-answers';
import { reactionsCallerCanGive } from '../customer/fraud-answers';
import type { Random } from '../random/seeded-random';
import type { CustomerStep } from '../script/script-schema';
import { advanceScript, currentStep, reachedOutcome, type ScriptSnapshot } from './script-cursor';
import type { SessionState, TurnEvent } from './session.types';

export interface ReplyInput {
  /** The agent line the customer answers; null when the customer speaks first or after silence. */
  reading: AgentTurnReading | null;
  /** How well the agent handled the step just left, 0–1; steers the customer's reaction. */
  quality: number;
  requestedFacts: FactKey[];
  random: Random;
}

const MAX_REACTIONS_PER_TURN = 2;

function chooseReaction(
  step: CustomerStep,
  session: SessionState,
  quality: number,
  random: Random,
) {
  const { mood, config } = session;
  const reactions = reactionsCallerCanGive(step.reactions, config.persona);
  const onScript = reactions.filter((reaction) => !reaction.derailment);
  // In a read-through the customer stays on the text: no scripted derailment either.
  const pool = config.mode === 'lecture' && onScript.length > 0 ? onScript : reactions;
  const irritation = mood.irritation / 100;
  const trust = mood.trust / 100;
  return random.pickWeighted(pool, (reaction) => {
    const shift = reaction.moodShift ?? 0;
    if (shift > 0) return 0.3 + quality * 1.2 + trust * 0.5;
    if (shift < 0) return 0.3 + irritation + (1 - quality) * 0.8;
    return 0.7;
  });
}

function shiftMood(mood: Mood, shift: number): Mood {
  const irritation = Math.min(100, Math.max(0, mood.irritation - shift * 8));
  return { ...mood, irritation: Math.round(irritation * 10) / 10 };
}

/**
 * The customer's turn after the agent spoke: settle or escalate an open aside, give the facts
 * asked for, improvise, or follow the script — then record the line and any outcome reached.
 */
export function customerReplies(session: SessionState, input: ReplyInput): SessionState {
  const { config } = session;
  const { persona, script, mode } = config;
  const { random } = input;
  const said = new Set(session.memory.said);
  const parts: string[] = [];
  const events: TurnEvent[] = [];
  let snapshot = session.scriptSnapshot as ScriptSnapshot;
  let { aside, mood } = session;
  const memory = { ...session.memory, customerTurns: session.memory.customerTurns + 1 };
  const index = session.transcript.length;
  // A customer who just calmed down does not start another aside in the same breath.
  let settled = false;

  // The turn belongs to the step the customer answers at, not the one its reaction leads to.
  const spokenAt = currentStep(script, snapshot);
  const finish = (outcome: SessionState['outcome'] = reachedOutcomeOf(snapshot)): SessionState => {
    const step = spokenAt ?? currentStep(script, snapshot);
    const text = parts.join(' ');
    if (outcome) events.push({ type: 'outcome', code: outcome.code, success: outcome.success });
    return {
      ...session,
      scriptSnapshot: snapshot,
      mood,
      aside,
      memory: { ...memory, said: [...memory.said, text] },
      status: outcome ? 'ended' : session.status,
      outcome: outcome ?? session.outcome,
      transcript: [
        ...session.transcript,
        {
          index,
          speaker: 'customer',
          text,
          moves: [],
          flags: [],
          mood,
          events,
          step: step?.id ?? null,
          phase: step?.phase ?? null,
        },
      ],
    };
  };
  const reachedOutcomeOf = (current: ScriptSnapshot) => {
    const outcome = reachedOutcome(script, current);
    return outcome
      ? { code: outcome.code, success: outcome.success, reason: 'script' as const }
      : null;
  };

  if (mood.patience <= 0) {
    parts.push(fillerLine('hangUp', persona, random, said));
    events.push({ type: 'hang_up', by: 'customer' });
    return finish({ code: 'customer_hung_up', success: false, reason: 'customer_hung_up' });
  }

  if (aside && input.reading) {
    if (isAsideHandled(aside.kind, input.reading)) {
      events.push({ type: 'aside_handled', aside: aside.kind });
      // A scripted aside settles through the author's next reaction; an improvised one needs words.
      if (!aside.scripted) parts.push(asideLine(aside.kind, 'settle', persona, random, said));
      aside = null;
      settled = true;
    } else {
      const failures = aside.failures + 1;
      const to = failures >= 2 ? escalationOf(aside.kind) : aside.kind;
      if (to !== aside.kind) events.push({ type: 'aside_escalated', aside: aside.kind, to });
      aside = { ...aside, kind: to, failures: to === aside.kind ? failures : 0 };
      if (aside.kind === 'social_engineering') memory.socialEngineeringAttempts += 1;
      parts.push(asideLine(to, 'escalate', persona, random, said));
      return finish();
    }
  }

  // At a verification step the author's reactions are the answers (right, wrong or dodged);
  // a second, generic answer from the file would contradict them.
  const atVerification = spokenAt?.kind === 'customer' && spokenAt.phase === 'verification';
  const answer = atVerification ? null : answerFacts(input.requestedFacts, persona, random);
  const answerAt = parts.length;
  if (answer) {
    parts.push(answer.text);
    // Only what the customer really said: a dodged fact is not a proof of identity.
    if (answer.given.length > 0) {
      events.push({ type: 'facts_given', facts: answer.given });
      memory.factsGiven = [...new Set([...memory.factsGiven, ...answer.given])];
    }
  }

  const inCall = snapshot.status !== 'done' && currentStep(script, snapshot) !== null;
  if (!aside && !settled && inCall && memory.customerTurns > 1) {
    const pushIntent = wantsToPushHiddenIntent(
      persona,
      mode,
      memory.customerTurns,
      memory.socialEngineeringAttempts,
      random,
    );
    if (pushIntent || random.chance(improvisationChance(persona, mode, mood))) {
      const kind = pushIntent ? 'social_engineering' : chooseAside(persona, mood, random);
      if (kind === 'social_engineering') memory.socialEngineeringAttempts += 1;
      aside = { kind, failures: 0, startedAt: index, scripted: false };
      events.push({ type: 'aside_started', aside: kind, source: 'improvised' });
      parts.push(asideLine(kind, 'start', persona, random, said));
      return finish();
    }
  }

  // The aside kept the script where it was: the customer now takes up the step it left.
  for (let count = 0; count < MAX_REACTIONS_PER_TURN; count += 1) {
    const step = currentStep(script, snapshot);
    if (step?.kind !== 'customer' || snapshot.status === 'done') break;
    const reaction = chooseReaction(step, session, input.quality, random);
    const line = reactionLine(reaction.lines, persona, random, said);
    // The author's line already gives the number asked for: do not say it twice.
    if (answer && count === 0 && line.text.includes(persona.factSheet.customerNumber))
      parts.splice(answerAt, 1);
    parts.push(line.text);
    mood = shiftMood(mood, reaction.moodShift ?? 0);
    if (reaction.derailment && !aside) {
      aside = { kind: reaction.derailment, failures: 0, startedAt: index, scripted: true };
      events.push({ type: 'aside_started', aside: reaction.derailment, source: 'script' });
    }
    snapshot = advanceScript(script, snapshot, { type: `reaction.${reaction.id}` });
  }
  if (parts.length === 0) parts.push(fillerLine('waiting', persona, random, said));
  return finish();
}
