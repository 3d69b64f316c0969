import { soundsEmpathic } from '../language/tone-spoken';

type Lang = 'fr' | 'en';

const GOODBYE: Record<Lang, RegExp> = {
  fr: /\b(?:bonne (?:fin de )?(?:journée|soirée)|au revoir|à bientôt)\b/iu,
  en: /\b(?:goodbye|have a (?:lovely|good|great|nice)|take care)\b/iu,
};
const THANKS = /merci|remerci|thank/iu;
const EMPATHY: Record<Lang, string> = {
  fr: 'Je comprends votre agacement, et je m’en occupe.',
  en: "I understand how frustrating this is, and I'm dealing with it.",
};
const OWNS: Record<Lang, RegExp> = {
  fr: /je m[’']en occupe|je m[’']occupe de/iu,
  en: /i'm dealing with|i'll deal with|i'm sorting/iu,
};
// In front of a goodbye, « je m'en occupe » promises what the goodbye takes back.
const EMPATHY_AT_GOODBYE: Record<Lang, string> = {
  fr: 'Je comprends votre agacement.',
  en: 'I understand how frustrating this is.',
};

/** The sentences of a line, each with its punctuation (« 68.40 » stays one number). */
export function sentences(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?…])\s+/u)
    .filter((sentence) => sentence !== '');
}

/** Where a model line is said, and what the call asks of it there. */
export interface LinePlace {
  lang: Lang;
  /** The step's expected moves (a goodbye is owed where `close` is). */
  expectedMoves: readonly string[];
  /** The brand's closing formula, filled for this customer; null without a brand. */
  closing: string | null;
  /** The customer's surname: a goodbye names them. */
  lastName: string;
  /** The customer was upset just before (irritation at or over the rubric's threshold). */
  upset: boolean;
  /** The opening is over (the rubric's `openingTurns` agent lines said): a greeting is late. */
  pastOpening?: boolean;
}

// A greeting's own words, with the punctuation around them: « , bonjour ! », « Good morning, ».
const GREETING_WORDS: Record<Lang, RegExp> = {
  fr: /[,\s]*\b(?:bonjour|bonsoir)\b\s*[,!.]?\s*/giu,
  en: /[,\s]*\b(?:good (?:morning|afternoon|evening)|hello)\b\s*[,!.]?\s*/giu,
};
// What is left of « Brisa Énergie, bonjour ! » is the brand's name alone: no sentence.
const NAME_ONLY_WORDS = 2;

/**
 * A greeting step's line said once the opening is over (the agent never greeted and the customer
 * has spoken since): « Brisa Énergie, bonjour ! » four lines in is absurd, but who is speaking,
 * the recording notice and the offer of help are still owed. The greeting words go, the rest
 * stays, so the line still does what the step expects.
 */
export function withoutGreeting(model: string, lang: Lang): string {
  const kept = sentences(model).flatMap((sentence) => {
    const rest = sentence.replace(GREETING_WORDS[lang], ' ').trim();
    if (rest === sentence) return [sentence];
    if (rest.split(/\s+/u).length <= NAME_ONLY_WORDS) return [];
    return [rest.charAt(0).toUpperCase() + rest.slice(1)];
  });
  return kept.length > 0 ? kept.join(' ') : model;
}

/**
 * A model line as it must be said in its place to draw no deduction: a goodbye ends with the
 * brand's closing formula (thanks and « Madame Dumas »), and an upset customer hears their feeling
 * named first (not in a greeting, nor in a DESC warning, which names the words, not the feeling).
 * Shared by the debrief's « Mieux » and Lecture's best line, so both pass the rules they teach.
 */
export function lineInPlace(model: string, place: LinePlace): string {
  const late = place.pastOpening === true && place.expectedMoves.includes('greet');
  let line = late ? withoutGreeting(model.trim(), place.lang) : model.trim();
  // A late greeting greets no one: an upset caller hears their feeling named first.
  const moves = new Set(place.expectedMoves.filter((move) => !(late && move === 'greet')));
  if (moves.has('close') && place.closing) {
    const named = line.includes(place.lastName) && THANKS.test(line);
    if (!named) {
      const parts = sentences(line);
      const last = parts.at(-1) ?? '';
      const kept = GOODBYE[place.lang].test(last) ? parts.slice(0, -1) : parts;
      line = [...kept, place.closing].join(' ');
    }
  }
  const limits = moves.has('set_limit') || moves.has('greet');
  if (place.upset && !limits && !soundsEmpathic(line, place.lang)) {
    // Nor in front of a line that already takes it on (« Je m'en occupe. Pour protéger … »).
    const owns = moves.has('close') || OWNS[place.lang].test(line);
    const lead = owns ? EMPATHY_AT_GOODBYE : EMPATHY;
    line = `${lead[place.lang]} ${line}`;
  }
  return line;
}
