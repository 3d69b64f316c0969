import type { Random } from '../random/seeded-random';
import type { Persona } from '../script/persona-schema';
import { ENGLISH_ASIDES, ENGLISH_REGISTER_GRAMMAR } from './aside-lines-en';
import { FRENCH_ASIDES, FRENCH_REGISTER_GRAMMAR } from './aside-lines-fr';
import type { AsideKind } from './customer.types';
import { genderOf, withoutNote } from './customer-file';
import { fold } from './deadline';
import { personaSlots } from './file-slots';
import { callerSlotOverrides } from './fraud-answers';
import { inflect, tidyLine } from './line-tidy';
import { expandTemplate } from './phrase-grammar';

/** Lines already said in this call, so the customer does not repeat itself word for word. */
export type SaidLines = ReadonlySet<string>;

// Personas that really do say the same thing again and again.
const REPETITIVE_TYPES = new Set(['recidiviste', 'senior', 'confus']);
const ATTEMPTS = 8;
// How fillPlaceholders shows a slot the file cannot fill.
const UNFILLED_SLOT = /\[[^\]\s]{1,40}\]/u;

function factByLabel(persona: Persona, key: string): string | undefined {
  const wanted = fold(key).replace(/-/gu, ' ');
  const facts = [...persona.factSheet.contract.facts, ...(persona.factSheet.securityDetails ?? [])];
  const value = facts.find((fact) => fold(fact.label).includes(wanted))?.value;
  return value === undefined ? undefined : withoutNote(value);
}

// The same lines are filled again and again in a call (every draw of every turn): remember them.
const filledByPersona = new WeakMap<Persona, Map<string, string>>();
const MAX_REMEMBERED = 5000;

function remembered(persona: Persona, text: string, fill: () => string): string {
  let lines = filledByPersona.get(persona);
  if (!lines) filledByPersona.set(persona, (lines = new Map()));
  let line = lines.get(text);
  if (line === undefined) {
    if (lines.size >= MAX_REMEMBERED) lines.clear();
    line = fill();
    lines.set(text, line);
  }
  return line;
}

function fillWith(text: string, persona: Persona, slots: Readonly<Record<string, string>>): string {
  const inflected = inflect(text, genderOf(persona.factSheet.civility));
  const filled = inflected.replace(
    /\{([^{}\s|]{1,40})\}/gu,
    (_whole, key: string) => slots[key] || factByLabel(persona, key) || `[${key}]`,
  );
  return tidyLine(filled, persona.language);
}

/**
 * Fills a line for the persona on the line: `{slot}` placeholders from the customer file,
 * `{masculine|feminine}` forms for the caller's gender, then the final tidy pass. A slot the
 * file cannot answer stays visible as `[slot]`, a gap the trainer can see and fill.
 */
export function fillPlaceholders(text: string, persona: Persona): string {
  return remembered(persona, `agent:${text}`, () => fillWith(text, persona, personaSlots(persona)));
}

/** Fills a line the customer says: a caller never reads out a holder's secret it does not know. */
export function fillCustomerLine(text: string, persona: Persona): string {
  return remembered(persona, `customer:${text}`, () => {
    const slots = personaSlots(persona);
    if (!persona.hiddenIntent) return fillWith(text, persona, slots);
    return fillWith(text, persona, { ...slots, ...callerSlotOverrides(slots, persona) });
  });
}

/** True when the line was said in this call, alone or as part of a turn (« Pardon ? … Non,
 * franchement, vos arguments ne tiennent pas. » said the escalation line too), in any case. */
export function wasSaid(said: SaidLines, line: string): boolean {
  if (said.has(line)) return true;
  // Whatever its capital: « Mais bon, vous ne répondez … » said « Bon, vous ne répondez … ».
  const wanted = line.toLowerCase();
  for (const turn of said) if (turn.toLowerCase().includes(wanted)) return true;
  return false;
}

/** Draws a line not yet said, unless the persona repeats itself by nature (a complaint comes
 * back; escalations, which must not, are drawn in asideLine). */
function drawFresh(draw: () => string, said: SaidLines, persona: Persona): string {
  let line = draw();
  if (REPETITIVE_TYPES.has(persona.type)) return line;
  for (let attempt = 1; attempt < ATTEMPTS && wasSaid(said, line); attempt += 1) line = draw();
  return line;
}

// A line keeps its capital after a tic when its first word is a name, "I", or an acronym.
function keepsCapital(line: string, persona: Persona): boolean {
  const first = /^[\p{L}'’-]+/u.exec(line)?.[0] ?? '';
  const sheet = persona.factSheet;
  const names = [sheet.firstName, sheet.lastName, sheet.civility, 'I', "I'm", "I've", "I'll"];
  return names.includes(first) || /\p{Lu}/u.test(first.slice(1)) || first === '';
}

// A lead-in is a few words that start a sentence (« en fait », « figurez-vous que », « to be
// fair »); a longer pet phrase, a question or an exclamation says something of its own.
const LEAD_IN_WORDS = 3;
// A tic that leads into the sentence it opens (« Je vous rappelle que … », « I'm sorry, but … »).
const LEADS_INTO = /\b(que|qu'|that|but)$/iu;

/** True when a tic is a pet phrase with its own meaning (« passez-moi votre responsable »,
 * « c'est une blague ? »), not a lead-in word. */
function isPetPhrase(tic: string): boolean {
  if (/[?!]$/u.test(tic)) return true;
  // « Je vous rappelle que … » leads into the sentence whatever its length.
  if (LEADS_INTO.test(tic)) return false;
  return tic.split(/[\s-]+/u).filter(Boolean).length > LEAD_IN_WORDS;
}

// Words a line already opens with to take the floor (« Oui, … », « Bon, … », « Frankly, … »):
// a lead-in tic before them says two openings at once (« Je vous rappelle que oui, vite »,
// « Attendez, je regarde, bon, j'en ai assez », « Frankly, frankly »).
const OPENING_WORDS = new Set([
  ...['oui', 'non', 'bon', 'ben', 'bah', 'euh', 'ah', 'oh', 'alors', 'ecoutez', 'attendez'],
  ...['enfin', 'bonjour', 'allo', 'franchement', 'voila', 'mais', 'et', 'pardon', 'bref'],
  ...['yes', 'no', 'well', 'so', 'anyway', 'right', 'frankly', 'look', 'hello', 'hi', 'mate'],
  ...['honestly', 'sorry', 'fine', 'ok', 'er', 'um', 'oh', 'and', 'but', 'listen'],
]);

// Lead-ins of more than one word: « En fait, au fait » and « Frankly, by the way » stack two.
const OPENING_PHRASES = /^(au fait|d['’]ailleurs|by the way|funny thing)\b/u;

function opensOnItsOwn(line: string): boolean {
  const first = /^[\p{L}'’]+/u.exec(fold(line))?.[0] ?? '';
  return OPENING_WORDS.has(first) || OPENING_PHRASES.test(fold(line));
}

/**
 * Adds one of the persona's lead-in tics now and then — more often for talkative personas.
 * Pet phrases stay out: put before a line, « pardon, vous pouvez répéter ? Blanc fixe. » asks
 * and answers at once, and « passez-moi votre responsable » starts a demand nobody answers.
 */
function withTic(line: string, persona: Persona, random: Random): string {
  const tics = persona.speechStyle.tics.filter((tic) => !isPetPhrase(tic));
  if (tics.length === 0 || !random.chance(persona.temperament.talkativeness * 0.35)) return line;
  if (opensOnItsOwn(line)) return line;
  const tic = random.pick(tics);
  const rest = keepsCapital(line, persona)
    ? line
    : `${line.charAt(0).toLowerCase()}${line.slice(1)}`;
  // « Je vous rappelle que … », « I'm sorry, but … » lead into the sentence: no comma after
  // them, and « que » elides before a vowel (« figurez-vous qu'évidemment »).
  const joint = LEADS_INTO.test(tic) ? ' ' : ', ';
  const elided = /\bque$/iu.test(tic) && /^[aeiouyéèêàâîôû]/iu.test(rest);
  const lead = elided ? `${tic.slice(0, -1)}’` : `${tic}${joint}`;
  return tidyLine(`${lead}${rest}`, persona.language);
}

/** The customer's line for an aside: when it starts, when it escalates, or when it settles. */
export function asideLine(
  kind: AsideKind,
  stage: 'start' | 'escalate' | 'settle',
  persona: Persona,
  random: Random,
  said: SaidLines,
  /** Who made the call: on a call the firm made, the lines of a caller with a problem of
   * their own (« quand ce sera réglé ? ») give way to the bank's outbound ones. */
  direction: 'inbound' | 'outbound' = 'inbound',
  /** Keeps only the lines the call's story allows (aside-fit.ts): no « cinquième fois que
   * j'appelle » on a first call. When none is left, the whole bank is used. */
  fits: (line: string) => boolean = () => true,
): string {
  const french = persona.language === 'fr';
  const lines = (french ? FRENCH_ASIDES : ENGLISH_ASIDES)[kind];
  const whole = (direction === 'outbound' ? lines.outbound?.[stage] : undefined) ?? lines[stage];
  const fitting = whole.filter((line) => fits(fillCustomerLine(line, persona)));
  const bank = fitting.length > 0 ? fitting : whole;
  const grammar = (french ? FRENCH_REGISTER_GRAMMAR : ENGLISH_REGISTER_GRAMMAR)[
    persona.speechStyle.register
  ];
  // An escalation is never said twice while the bank has a fresh one: drawn among those (a
  // retry draw can miss the one line left); escalation lines have no template to expand.
  if (stage === 'escalate') {
    const options = bank.map((text) => fillCustomerLine(text, persona));
    const fresh = options.filter((text) => !wasSaid(said, text));
    return random.pick(fresh.length > 0 ? fresh : options);
  }
  // Slots are left to fillCustomerLine: one filling, the caller's own (a fraudster's included).
  const line = drawFresh(
    () => fillCustomerLine(expandTemplate(random.pick(bank), grammar, random, {}), persona),
    said,
    persona,
  );
  return stage === 'start' ? withTic(line, persona, random) : line;
}

/** True when the aside has a first line the call's story allows (see asideLine's `fits`). */
export function hasFittingStart(
  kind: AsideKind,
  persona: Persona,
  direction: 'inbound' | 'outbound',
  fits: (line: string) => boolean,
): boolean {
  const lines = (persona.language === 'fr' ? FRENCH_ASIDES : ENGLISH_ASIDES)[kind];
  const bank = (direction === 'outbound' ? lines.outbound?.start : undefined) ?? lines.start;
  return bank.some((line) => fits(fillCustomerLine(line, persona)));
}

/**
 * True when every escalation line of an aside was said in this call: a further one would be a
 * word-for-word repeat (a long call can ignore an aside more times than a bank has lines). A
 * silence is exempt: saying nothing again is no repeat.
 */
export function escalationsSpent(
  kind: AsideKind,
  persona: Persona,
  said: SaidLines,
  direction: 'inbound' | 'outbound' = 'inbound',
): boolean {
  if (kind === 'silence') return false;
  const lines = (persona.language === 'fr' ? FRENCH_ASIDES : ENGLISH_ASIDES)[kind];
  const bank = (direction === 'outbound' ? lines.outbound?.escalate : undefined) ?? lines.escalate;
  return bank.every((line) => wasSaid(said, fillCustomerLine(line, persona)));
}

// When the agent names a day or a time, the customer acknowledges that one: « Vendredi au plus
// tard, je note » after « livré demain, mardi » acknowledges nothing that was said.
const WHEN =
  /\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|aujourd'hui|ce soir|matin|apres-midi|soir|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|morning|afternoon|evening)\b/gu;
const whenWords = (text: string) => new Set(fold(text).replace(/’/gu, "'").match(WHEN) ?? []);
/** Words that carry what a line is about (« souscription », « mensualité »), a slot's name
 * included: an answer to « la date de souscription » gives the date, not the amount. */
export const contentWords = (text: string) =>
  new Set(
    fold(text)
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length >= 5)
      .map((word) => word.slice(0, 6)),
  );

/** The sample lines that fit what the agent just said (all of them when none stands out). */
function fittingLines<T extends { text: string }>(
  lines: readonly T[],
  agent: { text: string; asked: boolean },
): T[] {
  const said = whenWords(agent.text);
  const dated =
    said.size === 0
      ? [...lines]
      : lines.filter((line) => [...whenWords(line.text)].every((w) => said.has(w)));
  const pool = dated.length > 0 ? dated : [...lines];
  if (!agent.asked) return pool;
  const asked = contentWords(agent.text);
  const overlap = (line: T) => [...contentWords(line.text)].filter((w) => asked.has(w)).length;
  const best = Math.max(...pool.map(overlap));
  return pool.filter((line) => overlap(line) === best);
}

/** One of a script reaction's sample lines, filled with the persona's facts. */
export function reactionLine(
  lines: readonly { id: string; text: string }[],
  persona: Persona,
  random: Random,
  said: SaidLines,
  /** The reaction calms the customer: said plainly, without a tic (« C'est inadmissible, oui,
   * c'est parfait » says two things at once). */
  calming = false,
  /** What the agent just said, and whether it asked something: the line must fit it. */
  agent?: { text: string; asked: boolean },
): { id: string; text: string } {
  const render = (line: { text: string }) => fillCustomerLine(line.text, persona);
  // A line whose slots this persona's file cannot fill is said by another persona, not this one.
  const sayable = lines.filter((line) => !UNFILLED_SLOT.test(render(line)));
  const pool = agent ? fittingLines(sayable.length > 0 ? sayable : lines, agent) : sayable;
  if (pool.length === 0) pool.push(...lines);
  let chosen = random.pick(pool);
  if (!REPETITIVE_TYPES.has(persona.type)) {
    const fresh = pool.filter((line) => !wasSaid(said, render(line)));
    if (fresh.length > 0) chosen = random.pick(fresh);
  }
  return {
    id: chosen.id,
    text: calming ? render(chosen) : withTic(render(chosen), persona, random),
  };
}

const FILLERS = {
  fr: {
    waiting: ['Oui ?', 'Je vous écoute.', 'Oui, et donc ?', 'D’accord…', 'Mmh mmh.'],
    deadAir: [
      'Allô ? Vous êtes toujours là ?',
      'Allô ? Il y a quelqu’un ?',
      'Je vous entends plus, là…',
    ],
    holdBack: ['Oui, je suis là.', 'Ah, enfin.', 'Oui ?'],
    holdLate: [
      'Ça fait un moment que j’attends, vous m’aviez dit deux minutes !',
      'C’était long, hein.',
    ],
    hangUp: [
      'Bon, écoutez, j’en ai assez. Au revoir.',
      'Laissez tomber, je raccroche.',
      'C’est pas possible. Au revoir !',
    ],
  },
  en: {
    waiting: ['Yes?', 'I am listening.', 'Right, and?', 'OK…'],
    deadAir: ['Hello? Are you still there?', 'Hello? Anyone there?'],
    holdBack: ['Yes, I am here.', 'Finally.', 'Yes?'],
    holdLate: ['I have been waiting ages, you said two minutes!', 'That was a long wait.'],
    hangUp: ['Right, I have had enough. Goodbye.', 'Forget it, I am hanging up.'],
  },
} as const;

/** Short lines outside the script: waiting for the agent, dead air, back from hold, hanging up. */
export function fillerLine(
  kind: keyof (typeof FILLERS)['fr'],
  persona: Persona,
  random: Random,
  said: SaidLines,
): string {
  const options = FILLERS[persona.language][kind];
  return drawFresh(() => tidyLine(random.pick(options), persona.language), said, persona);
}
