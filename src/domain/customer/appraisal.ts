import type { Persona } from '../script/persona-schema';
import type { AgentTurnReading, Mood } from './customer.types';
import { findDeadline, fold, isImmediate } from './deadline';
import { isUpset } from './mood';

/** Why the customer's mood moved this turn; shown in the debrief next to the mood curve. */
export interface MoodCause {
  id: string;
  effect: 'calm' | 'inflame';
  /** Irritation points before the persona's weighting (always ≥ 0; the effect gives the sign). */
  irritation: number;
  /** Trust points, signed. */
  trust: number;
  evidence?: string;
}

export interface AppraisalContext {
  persona: Persona;
  mood: Mood;
  /** The customer's last line asked something or raised an aside the agent must answer. */
  customerWaitingForAnswer: boolean;
  /** How often the agent already named the customer politely (only the first two count). */
  timesNamed: number;
  /** The agent asked again for a fact the customer already gave. */
  askedAgain: boolean;
  /** False when the line makes no sense for the call (gibberish, empty, off-topic). */
  understood?: boolean;
  /** The line left the call where it was: the customer still waits for what they came for. */
  stalled?: boolean;
  /** How many times each cause (by id) already moved the mood earlier in the call. */
  earlierCauses?: ReadonlyMap<string, number>;
  /** The agent already said this very line earlier in the call. */
  repeated?: boolean;
}

// Faults after which nothing else in the line calms: a rude line never lowers irritation.
const RUDE_FLAGS = new Set(['insult', 'blame', 'tutoiement', 'ownership_refusal']);

// Points per tone flag the language layer reports (irritation, trust). An insult or blaming the
// customer weighs most; hedging mostly costs trust.
const FLAG_EFFECTS: Record<string, [number, number]> = {
  insult: [30, -20],
  blame: [15, -8],
  ownership_refusal: [10, -6],
  tutoiement: [10, -4],
  banned_phrase: [7, -3],
  first_name_only: [6, -2],
  jargon: [5, -2],
  familiar_register: [4, -2],
  negative_framing: [3, -1],
  hedging: [1, -4],
};

function cause(
  id: string,
  effect: MoodCause['effect'],
  irritation: number,
  trust: number,
  evidence?: string,
): MoodCause {
  return evidence === undefined
    ? { id, effect, irritation, trust }
    : { id, effect, irritation, trust, evidence };
}

function moveCauses(reading: AgentTurnReading, context: AppraisalContext, language: 'fr' | 'en') {
  const moves = new Set(reading.moves.map((move) => move.id));
  const causes: MoodCause[] = [];
  if (moves.has('empathise')) {
    // Validation is specific when it also names the fact (a reformulation or explanation).
    const specific = moves.has('reformulate') || moves.has('explain');
    const weight = (isUpset(context.mood) ? 12 : 6) + (specific ? 4 : 0);
    causes.push(cause('validated_emotion', 'calm', weight, 3));
  }
  if (moves.has('apologise')) causes.push(cause('apology', 'calm', 5, 1));
  if (moves.has('reformulate')) causes.push(cause('reformulation', 'calm', 7, 6));
  if (moves.has('commit')) {
    const deadline = findDeadline(reading.text, language);
    // « Je m'en occupe » with no time at all, to an angry customer, is one more promise without
    // a date (« ce sera fait quand ? »): it calms nothing and costs a little trust. Acting now,
    // on the line (« je regarde votre dossier maintenant »), says when: it calms a little, and
    // the customer waits to see (« j'attends de voir »).
    if (deadline) causes.push(cause('commitment_with_deadline', 'calm', 12, 8, deadline));
    else if (isUpset(context.mood) && !isImmediate(reading.text))
      causes.push(cause('undated_commitment', 'inflame', 2, -2));
    else causes.push(cause('commitment', 'calm', 4, 2));
  }
  if (moves.has('thank')) causes.push(cause('thanks', 'calm', 2, 1));
  if (context.customerWaitingForAnswer && moves.size === 0) {
    causes.push(cause('ignored_question', 'inflame', 10, -5));
  }
  if (context.understood === false) causes.push(cause('not_understood', 'inflame', 8, -4));
  else if (context.stalled) causes.push(cause('no_progress', 'inflame', 4, -2));
  return causes;
}

function flagCauses(reading: AgentTurnReading, context: AppraisalContext) {
  const causes: MoodCause[] = [];
  const seen = new Map<string, number>();
  for (const flag of reading.flags) {
    const count = (seen.get(flag.id) ?? 0) + 1;
    seen.set(flag.id, count);
    if (count > 2) continue; // the third "pas de souci" in a line does not triple the offence
    const effect = FLAG_EFFECTS[flag.id];
    if (effect) causes.push(cause(flag.id, 'inflame', effect[0], effect[1], flag.text));
    if (flag.id === 'customer_named' && context.timesNamed + count <= 2) {
      causes.push(cause('named_politely', 'calm', 4, 3, flag.text));
    }
    if (flag.id === 'politeness' && count === 1)
      causes.push(cause('politeness', 'calm', 2, 1, flag.text));
    if (flag.id === 'signature_phrase')
      causes.push(cause('signature_phrase', 'calm', 1, 2, flag.text));
  }
  return causes;
}

// Whole words only: « ont » is not in « montant », nor « clair » in « Claire ».
function saysWords(text: string, phrase: string): boolean {
  const escaped = phrase.trim().replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

function triggerCauses(
  reading: AgentTurnReading,
  persona: Persona,
  earlier: ReadonlyMap<string, number> = new Map(),
) {
  const text = fold(reading.text);
  const moves = new Set<string>(reading.moves.map((move) => move.id));
  const causes: MoodCause[] = [];
  const groups = [
    ['calm', persona.triggers.calming],
    ['inflame', persona.triggers.inflaming],
  ] as const;
  for (const [effect, triggers] of groups) {
    for (const trigger of triggers) {
      const phrase = trigger.phrases?.find((candidate) => saysWords(text, fold(candidate)));
      if ((trigger.move && moves.has(trigger.move)) || phrase) {
        const id = `persona:${trigger.id}`;
        // The same procedure met again stings less each time (the « disque rayé » holds a line
        // without feeding the conflict); words that offend (a phrase) sting every time.
        const habituation = effect === 'inflame' && !phrase ? 1 + (earlier.get(id) ?? 0) : 1;
        const strength = ((trigger.strength ?? 0.5) * 15) / habituation;
        const trust = effect === 'calm' ? strength / 3 : -strength / 3;
        causes.push(cause(id, effect, strength, trust, phrase ?? trigger.move));
      }
    }
  }
  return causes;
}

/** Everything in one agent line that moves this persona's mood, with the words that did it. */
export function appraiseAgentTurn(
  reading: AgentTurnReading,
  context: AppraisalContext,
): MoodCause[] {
  const causes = [
    ...moveCauses(reading, context, context.persona.language),
    ...flagCauses(reading, context),
    ...triggerCauses(reading, context.persona, context.earlierCauses),
  ];
  if (context.askedAgain) causes.push(cause('repeated_question', 'inflame', 8, -4));
  const rude = reading.flags.some((flag) => RUDE_FLAGS.has(flag.id));
  // The same words again add nothing: a promise made twice is one promise, and the customer
  // who already heard it (« vous me l'avez déjà dit ») is not calmed a second time by it.
  return rude || context.repeated === true
    ? causes.filter((one) => one.effect === 'inflame')
    : causes;
}

/** Causes for what happens without words: silence on the line, a hold longer than announced. */
export function appraiseEvent(
  event: { type: 'dead_air'; seconds: number } | { type: 'hold_overrun'; seconds: number },
): MoodCause {
  return event.type === 'dead_air'
    ? cause('dead_air', 'inflame', Math.min(20, event.seconds / 2), -2)
    : cause('hold_overrun', 'inflame', Math.min(25, event.seconds / 5), -5);
}
