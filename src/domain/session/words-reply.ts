import type { AgentTurnReading } from '../customer/customer.types';
import { findDeadline, fold, isImmediate } from '../customer/deadline';
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
  if (moves.has('commit')) return isImmediate(reading.text) ? 'commitmentTaken' : 'vaguePromise';
  if (moves.has('empathise') || moves.has('reformulate')) return 'empathyReceived';
  const asks = ['probe_open', 'probe_closed', 'verify_identity', 'check_satisfaction'];
  if (asks.some((move) => moves.has(move))) return 'questionUnclear';
  if (moves.has('thank') && moves.size === 1) return 'thanksReturned';
  return 'nudge';
}

// Sounds that are not words (« Hmm. », « Euh… », « Ah. »): heard as noise.
const NOISE = /^(h*m+h*|e+u+h*|a+h+|o+h+|b+a+h+|u+h+|u+m+|e+r+m*|h+e+i+n+)$/u;
// Short words anyone hears clearly that carry nothing by themselves (« Oui. », « Voilà. »,
// « Right. »): a listener waits for the rest. Anything else this short that the ear found no
// move in (« azerty », « qsdfgh ») is keys struck, not said.
const CLEAR_BUT_EMPTY = new Set([
  'oui',
  'non',
  'bon',
  'bien',
  'voila',
  'alors',
  'donc',
  'allo',
  'ok',
  'okay',
  'yes',
  'no',
  'right',
  'well',
  'so',
  'sure',
  'fine',
  'hello',
]);

/** How a short line that does nothing for the call sounds: clear words (« Oui. », « Voilà. »),
 * a noise (« Hmm. »), or garbled (« qsdfgh ») — null when it has words enough to be heard as
 * off-topic. */
export function emptyLineSound(text: string): 'clear' | 'noise' | 'garbled' | null {
  const tokens = fold(text)
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  if (tokens.length >= OFF_TOPIC_WORDS) return null;
  if (tokens.length > 0 && tokens.every((token) => NOISE.test(token))) return 'noise';
  const clear = tokens.some((token) => CLEAR_BUT_EMPTY.has(token));
  return clear && tokens.every((t) => NOISE.test(t) || CLEAR_BUT_EMPTY.has(t))
    ? 'clear'
    : 'garbled';
}

// What a person says back to clear words that carry nothing: a caller checks they reached the
// firm, someone called checks who and why, and mid-call anyone waits for the rest.
const EMPTY_LINE_REPLIES = {
  fr: {
    lineCheck: ['Allô ? C’est bien {brand} ?', 'Allô ? Allô, vous m’entendez ?'],
    whoIsCalling: [
      'Oui ? C’est à quel sujet ?',
      'Allô ? Qui est à l’appareil ?',
      'Allô ? Vous m’entendez ?',
    ],
    waitingForMore: ['Oui… ? Et donc ?', 'Je vous écoute, là.', 'Euh… oui ? Et alors ?'],
  },
  en: {
    lineCheck: ['Hello? Is that {brand}?', 'Hello? Hello, can you hear me?'],
    whoIsCalling: ['Yes? What is it about?', 'Hello? Who’s calling?', 'Hello? Can you hear me?'],
    waitingForMore: ['Yes…? And?', 'I’m listening.', 'Er… yes? And so?'],
  },
} as const;

const saidBefore = (line: string, said: ReadonlySet<string>) =>
  [...said].some((turn) => turn.includes(line));

function freshPick(lines: readonly string[], random: Random, said: ReadonlySet<string>): string {
  const fresh = lines.filter((line) => !saidBefore(line, said));
  return random.pick(fresh.length > 0 ? fresh : lines);
}

/** Where a line that does nothing falls in the call: at its very start (nothing said yet
 * that did anything), where a person checks the line (« Allô ? C'est bien Brisa ? »). */
export interface EmptyLineContext {
  /** No agent line before this one did anything: the call has not really started. */
  opening: boolean;
  direction: 'inbound' | 'outbound';
  /** The firm's name, as the caller would say it; null when the call has no brand guide. */
  brand: string | null;
}

/** The customer's answer to the words of a line that left the call where it was. */
export function wordsReply(
  reading: AgentTurnReading,
  persona: Persona,
  random: Random,
  said: ReadonlySet<string>,
  upset = false,
  context?: EmptyLineContext,
): string {
  const kind = wordsReplyKind(reading);
  // A clear « Oui. » is not gibberish: a person checks the line at the start of a call (« Allô ?
  // C'est bien Brisa ? », « Oui ? C'est à quel sujet ? »), and later waits for the rest (« Et
  // donc ? »). Noise at the start is checked the same way; keys struck still get « Pardon ? ».
  if (kind === 'notUnderstood' && context) {
    const sound = emptyLineSound(reading.text);
    if (context.opening && (sound === 'clear' || sound === 'noise')) {
      const opening = context.direction === 'inbound' ? 'lineCheck' : 'whoIsCalling';
      const lines = EMPTY_LINE_REPLIES[persona.language][opening].filter(
        (line) => context.brand !== null || !line.includes('{brand}'),
      );
      // In order: who it is first, then whether they can hear — not « c'est bien Lumio ? »
      // after « vous m'entendez ? ».
      const next = lines.find(
        (line) => !saidBefore(line.replace('{brand}', context.brand ?? ''), said),
      );
      return (next ?? lines.at(-1) ?? '').replace('{brand}', context.brand ?? '');
    }
    if (sound === 'clear')
      return freshPick(EMPTY_LINE_REPLIES[persona.language].waitingForMore, random, said);
  }
  const dated = findDeadline(reading.text, persona.language) !== null;
  return replyLine(promiseReply(kind, dated, upset), persona, random, said);
}
