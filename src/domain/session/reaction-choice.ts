import { ANGER_THRESHOLD } from '../customer/aside-policy';
import { reactionsCallerCanGive } from '../customer/fraud-answers';
import type { AsideKind, Mood } from '../customer/customer.types';
import type { Random } from '../random/seeded-random';
import type { CustomerStep, Script } from '../script/script-schema';
import { findDeadline } from '../customer/deadline';
import { complainsOfRepeat } from '../customer/reply-lines';
import { heardUpset, saidTwice } from './agent-line-reading';
import type { SessionState } from './session.types';

// Below this irritation, a customer whose step was handled well does not walk out.
const WALK_OUT_IRRITATION = 75;
const WELL_HANDLED = 0.5;

type Reaction = CustomerStep['reactions'][number];

const ANGRY_DERAILMENTS: ReadonlySet<AsideKind> = new Set([
  'outburst',
  'manager_demand',
  'legal_threat',
]);

// Words that offend whatever the line does (appraisal.ts): anger at them needs no build-up.
const RUDE_FLAGS = new Set(['insult', 'blame', 'tutoiement', 'ownership_refusal']);

/** True when the agent's line just said offends the customer. */
function offended(session: SessionState): boolean {
  const last = session.transcript.findLast((turn) => turn.speaker === 'agent');
  return last?.flags.some((flag) => RUDE_FLAGS.has(flag.id)) ?? false;
}

/** True when the customer's last line told the agent they were repeating themself. */
function repeatNoticed(session: SessionState): boolean {
  const last = session.transcript.findLast((turn) => turn.speaker === 'customer');
  return last !== undefined && complainsOfRepeat(last.text, session.config.persona.language);
}

// Moves that ask the customer something: the reaction to such a line is the answer.
const ASKING = new Set([
  'verify_identity',
  'probe_open',
  'probe_closed',
  'check_satisfaction',
  'hold_request',
]);

/** True when the agent's line just said promises to act, names no time and asks nothing. */
function undatedPromise(session: SessionState): boolean {
  const last = session.transcript.findLast((turn) => turn.speaker === 'agent');
  if (!last?.moves.some((move) => move.id === 'commit')) return false;
  // « Je m'en occupe : votre numéro client ? » asks first: the reaction answers the question.
  if (last.moves.some((move) => ASKING.has(move.id))) return false;
  return findDeadline(last.text, session.config.persona.language) === null;
}

/** True when the reaction shows anger: an outburst, a demand, a threat, or a storm-off. */
function showsAnger(reaction: Reaction): boolean {
  const derailment = reaction.derailment;
  return (
    (derailment !== undefined && ANGRY_DERAILMENTS.has(derailment)) ||
    (reaction.moodShift ?? 0) <= -0.5
  );
}

/** True when the reaction leads straight to a failed ending (the customer hangs up, gives up). */
function endsBadly(script: Script, step: CustomerStep, reaction: Reaction): boolean {
  const targets = step.transitions.filter((t) => t.on === reaction.id).map((t) => t.to);
  return targets.some((to) => {
    const target = script.steps.find((candidate) => candidate.id === to);
    return target?.kind === 'outcome' && !target.success;
  });
}

/**
 * The customer's scripted reaction, weighted by how the agent handled the step and the mood.
 * A customer who was just handled well and is not furious does not end the call in a huff:
 * a call ends on what was said, not by itself mid-reassurance.
 */
export function chooseReaction(
  step: CustomerStep,
  session: SessionState,
  quality: number,
  random: Random,
  settled = false,
): Reaction {
  const { mood, config } = session;
  // A caller who is not the holder never plays the lines that recite the holder's secrets.
  const reactions = reactionsCallerCanGive(step.reactions, config.persona);
  const onScript = reactions.filter((reaction) => !reaction.derailment);
  // In a read-through the customer stays on the text: no scripted derailment either.
  let pool = config.mode === 'lecture' && onScript.length > 0 ? onScript : reactions;
  // A customer who has just accepted the agent's answer (« Enfin quelqu'un qui … ») does not
  // flare up again in the same breath: no derailment, no angrier reaction in that turn.
  if (settled) {
    const calm = onScript.filter((reaction) => (reaction.moodShift ?? 0) >= 0);
    if (calm.length > 0) pool = calm;
  }
  // The same words again, at once, after the customer said they were heard already or while
  // their demand is open, never earn a warmer reaction: who just said « je viens de vous
  // répondre » is not « parfait, merci » to the same line, and a demand left unanswered is not
  // dropped (issue 12, item 4: words and mood from one state).
  if (saidTwice(session) && (session.aside !== null || repeatNoticed(session))) {
    const unmoved = pool.filter((reaction) => (reaction.moodShift ?? 0) <= 0);
    if (unmoved.length > 0) pool = unmoved;
  }
  // An angry customer promised something with no date doubts it: no contented reaction.
  if (heardUpset(session) && undatedPromise(session)) {
    const unmoved = pool.filter((reaction) => (reaction.moodShift ?? 0) <= 0);
    if (unmoved.length > 0) pool = unmoved;
  }
  // Anger needs irritation first: a customer calm one turn before does not insult the agent who
  // has just apologised — unless the line offended them (the appraisal has already raised the
  // irritation it earned). The caller's own opening is the scenario's: it is not filtered when
  // every reaction shows anger.
  if (mood.irritation < ANGER_THRESHOLD && !offended(session)) {
    const composed = pool.filter((reaction) => !showsAnger(reaction));
    if (composed.length > 0) pool = composed;
  }
  if (quality >= WELL_HANDLED && mood.irritation < WALK_OUT_IRRITATION) {
    const staying = pool.filter((reaction) => !endsBadly(config.script, step, reaction));
    if (staying.length > 0) pool = staying;
  }
  const irritation = mood.irritation / 100;
  const trust = mood.trust / 100;
  return random.pickWeighted(pool, (reaction) => {
    const shift = reaction.moodShift ?? 0;
    if (shift > 0) return 0.3 + quality * 1.2 + trust * 0.5;
    if (shift < 0) return 0.3 + irritation + (1 - quality) * 0.8;
    return 0.7;
  });
}

/**
 * The mood after a scripted reaction: a calmer reaction lowers irritation, an angrier one
 * raises it — but never lower after a rude line, and an angry outburst is never shown calm.
 */
export function shiftMood(mood: Mood, shift: number, rude: boolean): Mood {
  const applied = rude ? Math.min(0, shift) : shift;
  let irritation = Math.min(100, Math.max(0, mood.irritation - applied * 8));
  if (shift <= -0.5) irritation = Math.max(irritation, ANGER_THRESHOLD);
  return { ...mood, irritation: Math.round(irritation * 10) / 10 };
}

const ANGRY: ReadonlySet<AsideKind> = new Set(['outburst', 'manager_demand', 'legal_threat']);

/** A customer making an angry aside (an outburst, a demand, a threat) is at least this irritated. */
export function angerShown(mood: Mood, aside: AsideKind): Mood {
  return ANGRY.has(aside)
    ? { ...mood, irritation: Math.max(mood.irritation, ANGER_THRESHOLD) }
    : mood;
}

// A customer who hangs up in exasperation (« j'en ai assez ») is at least this irritated.
const FED_UP = 70;

/**
 * The mood of a customer hanging up because they have had enough: never shown calm, and still
 * in the order they were in before — a flat floor would show a customer ignored three times as
 * calm as one who gave up after a long, careful refusal. Maps 0–100 onto FED_UP–100.
 */
export function fedUp(mood: Mood): Mood {
  const lifted = FED_UP + ((100 - FED_UP) * mood.irritation) / 100;
  return { ...mood, irritation: Math.round(Math.max(mood.irritation, lifted) * 10) / 10 };
}
