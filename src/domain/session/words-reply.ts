import type { AgentTurnReading } from '../customer/customer.types';
import { findDeadline, fold } from '../customer/deadline';
import { promiseReply, replyLine, type ReplyKind } from '../customer/reply-lines';
import type { Random } from '../random/seeded-random';
import type { Persona } from '../script/persona-schema';

/** After this many lines in a row the customer cannot make sense of, they hang up. */
export const NONSENSE_LIMIT = 3;

// Flags of a line that offends whatever it does (the rude words of customer-reply.ts).
const OFFENDING = new Set(['insult', 'blame', 'tutoiement', 'ownership_refusal']);

// A line of this many real words that does nothing for the call is off-topic, not garbled.
const OFF_TOPIC_WORDS = 4;

function realWords(text: string): number {
  return text.split(/\s+/u).filter((word) => /\p{L}{2,}/u.test(word)).length;
}

// A commitment for now, not for a later date.
const IMMEDIATE =
  /\b(maintenant|tout de suite|immediatement|des a present|sur-le-champ|le jour meme|dans la foulee|dans quelques minutes|right away|straight away|right now|immediately|the same day|in a few minutes)\b/u;

// « Calmez-vous » inflames (DOMAIN.md §2): the customer answers that very phrase.
const CALM_DOWN = /\b(calmez|calme[sz]?-(vous|toi)|calm down)\b/iu;

/** How a rude line offends, in the customer's words: told to calm down, blamed, or insulted;
 * null when the line is not rude. */
export function offenceKind(reading: AgentTurnReading): ReplyKind | null {
  const ids = new Set(reading.flags.map((flag) => flag.id));
  const calmDown = CALM_DOWN.test(reading.text);
  if (![...ids].some((id) => OFFENDING.has(id)) && !calmDown) return null;
  if (calmDown) return 'toldToCalmDown';
  return ids.has('blame') ? 'blamed' : 'offended';
}

/**
 * What the customer answers to a line that did not move the call on, from what the line did:
 * the strongest move wins (a refusal is argued with before a thank-you is returned).
 */
export function wordsReplyKind(reading: AgentTurnReading): ReplyKind {
  // Blamed, insulted or told « débrouillez-vous », a person takes offence before anything else:
  // « je ne vois pas le rapport » would answer the words and miss the tone.
  const offence = offenceKind(reading);
  if (offence) return offence;
  const moves = new Set<string>(reading.moves.map((move) => move.id));
  if (moves.size === 0)
    return realWords(reading.text) >= OFF_TOPIC_WORDS ? 'offTopic' : 'notUnderstood';
  if (moves.has('refuse_politely') || moves.has('set_limit')) return 'refusalArgued';
  // « Si je comprends bien … c'est bien cela ? » asks for the « oui » (DOMAIN.md §1): the
  // check is answered before the promise the line may also make is noted.
  if (moves.has('reformulate') && reading.text.includes('?')) return 'reformulationConfirmed';
  if (moves.has('apologise')) return 'apologyReceived';
  // « J'arrête l'enregistrement dès maintenant » says when: « dans quel délai ? » would not listen.
  if (moves.has('commit'))
    return IMMEDIATE.test(fold(reading.text)) ? 'commitmentTaken' : 'vaguePromise';
  if (moves.has('empathise') || moves.has('reformulate')) return 'empathyReceived';
  const asks = ['probe_open', 'probe_closed', 'verify_identity', 'check_satisfaction'];
  if (asks.some((move) => moves.has(move))) return 'questionUnclear';
  if (moves.has('thank') && moves.size === 1) return 'thanksReturned';
  return 'nudge';
}

/** The customer's answer to the words of a line that left the call where it was. */
export function wordsReply(
  reading: AgentTurnReading,
  persona: Persona,
  random: Random,
  said: ReadonlySet<string>,
  upset = false,
): string {
  const dated = findDeadline(reading.text, persona.language) !== null;
  return replyLine(promiseReply(wordsReplyKind(reading), dated, upset), persona, random, said);
}
