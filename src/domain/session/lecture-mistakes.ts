import type { BrandGuide } from '../script/brand-guide-schema';
import type { Persona } from '../script/persona-schema';
import type { AgentStep } from '../script/script-schema';
import { sentences } from '../scoring/line-in-place';

/** The one rule a wrong read-through line teaches (issue 13 §9). */
export type LectureLesson =
  | 'banned_phrase'
  | 'familiar_register'
  | 'skipped_verification'
  | 'no_reformulation'
  | 'blame'
  | 'ignored_aside';

type Lang = 'fr' | 'en';

/** What a mistake is built from: the model line of the step, said for this customer. */
export interface MistakeInput {
  /** What the line must achieve: an agent step, or the answer to an aside. */
  step: Pick<AgentStep, 'expectedMoves'>;
  best: string;
  brand: BrandGuide | null;
  persona: Persona;
}

const REFORMULATION: Record<Lang, RegExp> = {
  fr: /(?:^\s*donc, vous\b|\bsi je (?:comprends|résume|vous suis)|\bsi j['’]ai bien compris|\bai-je bien compris|\bc['’]est bien (?:cela|ça)|\bvous souhaitez donc|\bje reformule)/iu,
  en: /\b(?:if I(?:'ve| have)? understood|if I understand|so, to check|is that right|just to check|so you(?:'d| would)? like)/iu,
};
// The brand phrases agents slip in first, as they would: an opener before the model line.
const OPENERS: Record<Lang, string[]> = {
  fr: ['pas de souci', 'pas de problème', 'ok ça marche'],
  en: ['no problem', 'no worries'],
};
// The trade's own list (DOMAIN.md §2) when a script has no brand guide.
const DEFAULT_OPENER: Record<Lang, string> = { fr: 'pas de souci', en: 'no problem' };

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string, persona: Persona): string {
  const sheet = persona.factSheet;
  const keep = [sheet.civility, sheet.lastName, sheet.firstName, 'I', "I'm", "I'll"];
  const first = /^[\p{L}'’-]+/u.exec(text)?.[0] ?? '';
  if (keep.includes(first) || /\p{Lu}/u.test(first.slice(1))) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function lang(persona: Persona): Lang {
  return persona.language === 'fr' ? 'fr' : 'en';
}

// Going ahead on an account nobody has proved is theirs: the classic compliance breach.
function skippedVerification({ persona }: MistakeInput): string {
  const price = persona.factSheet.contract?.monthlyPrice;
  if (lang(persona) === 'fr') {
    return price === undefined
      ? 'Très bien, je fais le nécessaire sur votre dossier tout de suite.'
      : `Très bien, je vois votre dossier : votre mensualité est de ${String(price).replace('.', ',')} euros, et je fais le nécessaire tout de suite.`;
  }
  return price === undefined
    ? "Right, I'll update your account straight away."
    : `Right, I can see your account: your monthly plan is £${price}, and I'll update it straight away.`;
}

const SUBSTANCE = 40;
const MOVING_ON: Record<Lang, string> = {
  fr: 'Très bien, je m’en occupe tout de suite.',
  en: "Right, I'll sort that out straight away.",
};

// The model line without its reformulation (or, when it is all reformulation, moving straight
// on): the customer's « oui » is never asked for.
function noReformulation({ best, persona }: MistakeInput): string | null {
  const language = lang(persona);
  const kept = sentences(best).filter((sentence) => !REFORMULATION[language].test(sentence));
  if (kept.length === sentences(best).length) return null;
  // What is left may be only « Merci, Madame Hill. »: the agent then moves straight on.
  const text = kept.join(' ').trim();
  return text.length < SUBSTANCE ? `${text} ${MOVING_ON[language]}`.trim() : text;
}

// Curt where the model offers help; hesitant where nothing else fits (DOMAIN.md §2).
const CURT: Record<Lang, string> = { fr: 'C’est pour quoi ?', en: 'What is it about?' };
const HEDGE: Record<Lang, string> = {
  fr: 'Ça ne prendra peut-être que deux minutes.',
  en: 'This should only take two minutes, hopefully.',
};

function bannedPhrase({ best, brand, persona, step }: MistakeInput): string | null {
  const language = lang(persona);
  if (step.expectedMoves.includes('greet')) {
    const parts = sentences(best);
    const asks = step.expectedMoves.includes('offer_help') && parts.at(-1)?.endsWith('?');
    return asks ? [...parts.slice(0, -1), CURT[language]].join(' ') : `${best} ${HEDGE[language]}`;
  }
  const banned = new Set((brand?.bannedPhrases ?? []).map((entry) => entry.phrase.toLowerCase()));
  const opener = brand
    ? OPENERS[language].find((phrase) => banned.has(phrase))
    : DEFAULT_OPENER[language];
  if (!opener) return `${best} ${HEDGE[language]}`;
  return `${capitalise(opener)}, ${lowerFirst(best, persona)}`;
}

// The customer's first name instead of « Monsieur Garnier », or the words of a chat with a friend.
function familiarRegister({ best, persona, step }: MistakeInput): string {
  const sheet = persona.factSheet;
  const formal = `${sheet.civility} ${sheet.lastName}`;
  if (best.includes(formal)) return best.split(formal).join(sheet.firstName);
  const language = lang(persona);
  if (step.expectedMoves.includes('greet')) {
    const hello =
      language === 'fr' ? /\bbonjour\b/iu : /\b(?:good (?:morning|afternoon)|hello)\b/iu;
    const casual = language === 'fr' ? 'salut' : 'hiya';
    // The mistake is the register, not the spelling: a sentence start keeps its capital.
    if (hello.test(best))
      return best.replace(hello, (word) =>
        word[0] === word[0]?.toUpperCase() ? capitalise(casual) : casual,
      );
  }
  return `${language === 'fr' ? 'Ouais' : 'Yeah'}, ${lowerFirst(best, persona)}`;
}

const BLAMED_MOVES = new Set(['explain', 'handle_objection', 'propose', 'reformulate', 'commit']);

// Putting it on the customer before the model line: the eliminatory reproach of DOMAIN.md §2.
function blame({ best, persona, step }: MistakeInput): string | null {
  if (!step.expectedMoves.some((move) => BLAMED_MOVES.has(move))) return null;
  const opener = lang(persona) === 'fr' ? 'Vous n’avez pas compris.' : "You didn't understand.";
  return `${opener} ${best}`;
}

type Mistake = { lesson: LectureLesson; text: string };

// The mistakes that can be made here, in the order given (null: not possible at this point).
function possible(candidates: [LectureLesson, string | null][]): Mistake[] {
  return candidates
    .filter((entry): entry is [LectureLesson, string] => entry[1] !== null)
    .map(([lesson, text]) => ({ lesson, text }));
}

// Going on with the script as if the customer had said nothing: the aside is left unanswered.
const CARRYING_ON: Record<Lang, string> = {
  fr: 'Bien. Reprenons là où nous en étions.',
  en: "Right. Let's carry on where we were.",
};

/**
 * The realistic mistakes when the customer has gone off the script (an aside): not answering it
 * at all, most instructive first, then the words of the brand said around the right answer.
 */
export function asideMistakes(input: MistakeInput): Mistake[] {
  const candidates: [LectureLesson, string | null][] = [
    ['ignored_aside', CARRYING_ON[lang(input.persona)]],
    ['blame', blame(input)],
    ['banned_phrase', bannedPhrase(input)],
    ['familiar_register', familiarRegister(input)],
  ];
  return possible(candidates);
}

/**
 * The realistic mistakes possible at a step, one rule each, most instructive first: the step's
 * own procedure (verification, reformulation) before the words of the brand.
 */
export function stepMistakes(input: MistakeInput): Mistake[] {
  const { step } = input;
  const candidates: [LectureLesson, string | null][] = [
    [
      'skipped_verification',
      step.expectedMoves.includes('verify_identity') ? skippedVerification(input) : null,
    ],
    [
      'no_reformulation',
      step.expectedMoves.includes('reformulate') ? noReformulation(input) : null,
    ],
    ['blame', blame(input)],
    ['banned_phrase', bannedPhrase(input)],
    ['familiar_register', familiarRegister(input)],
  ];
  return possible(candidates);
}
