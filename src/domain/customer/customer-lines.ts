import type { Random } from '../random/seeded-random';
import type { Persona } from '../script/persona-schema';
import { ENGLISH_ASIDES, ENGLISH_REGISTER_GRAMMAR } from './aside-lines-en';
import { FRENCH_ASIDES, FRENCH_REGISTER_GRAMMAR } from './aside-lines-fr';
import type { AsideKind } from './customer.types';
import { fold } from './deadline';
import { expandTemplate } from './phrase-grammar';

/** Lines already said in this call, so the customer does not repeat itself word for word. */
export type SaidLines = ReadonlySet<string>;

// Personas that really do say the same thing again and again.
const REPETITIVE_TYPES = new Set(['recidiviste', 'senior', 'confus']);
const ATTEMPTS = 8;

/** The words a persona's lines are filled with: its name, number, town, product. */
export function factSlots(persona: Persona): Record<string, string> {
  const sheet = persona.factSheet;
  const price =
    sheet.contract.monthlyPrice === undefined ? '' : String(sheet.contract.monthlyPrice);
  return {
    civility: sheet.civility,
    firstName: sheet.firstName,
    lastName: sheet.lastName,
    customerNumber: sheet.customerNumber,
    city: sheet.address.city,
    product: sheet.contract.product,
    monthlyPrice: price,
    // The French names authors use in their lines ("{civilité} {nom}").
    civilité: sheet.civility,
    nom: sheet.lastName,
    prénom: sheet.firstName,
    mensualite: price,
    mensualité: price,
  };
}

function factByLabel(persona: Persona, key: string): string | undefined {
  const wanted = fold(key);
  const facts = [...persona.factSheet.contract.facts, ...(persona.factSheet.securityDetails ?? [])];
  return facts.find((fact) => fold(fact.label).includes(wanted))?.value;
}

/**
 * Fills `{slot}` placeholders of an author's line from the persona's fact sheet; a slot the
 * file cannot answer stays visible as `[slot]`, a gap the trainer can see and fill.
 */
export function fillPlaceholders(text: string, persona: Persona): string {
  const slots = factSlots(persona);
  return text.replace(
    /\{([^{}\s]{1,30})\}/gu,
    (_whole, key: string) => slots[key] || factByLabel(persona, key) || `[${key}]`,
  );
}

/** Draws a line not yet said (unless the persona repeats itself by nature). */
function drawFresh(draw: () => string, said: SaidLines, persona: Persona): string {
  let line = draw();
  if (REPETITIVE_TYPES.has(persona.type)) return line;
  for (let attempt = 1; attempt < ATTEMPTS && said.has(line); attempt += 1) line = draw();
  return line;
}

/** Adds one of the persona's verbal tics now and then — more often for talkative personas. */
function withTic(line: string, persona: Persona, random: Random): string {
  const tics = persona.speechStyle.tics;
  if (tics.length === 0 || !random.chance(persona.temperament.talkativeness * 0.35)) return line;
  const tic = random.pick(tics);
  return `${tic.charAt(0).toUpperCase()}${tic.slice(1)}, ${line.charAt(0).toLowerCase()}${line.slice(1)}`;
}

/** The customer's line for an aside: when it starts, when it escalates, or when it settles. */
export function asideLine(
  kind: AsideKind,
  stage: 'start' | 'escalate' | 'settle',
  persona: Persona,
  random: Random,
  said: SaidLines,
): string {
  const french = persona.language === 'fr';
  const bank = (french ? FRENCH_ASIDES : ENGLISH_ASIDES)[kind][stage];
  const grammar = (french ? FRENCH_REGISTER_GRAMMAR : ENGLISH_REGISTER_GRAMMAR)[
    persona.speechStyle.register
  ];
  const slots = factSlots(persona);
  const line = drawFresh(
    () => expandTemplate(random.pick(bank), grammar, random, slots),
    said,
    persona,
  );
  return stage === 'start' ? withTic(line, persona, random) : line;
}

/** One of a script reaction's sample lines, filled with the persona's facts. */
export function reactionLine(
  lines: readonly { id: string; text: string }[],
  persona: Persona,
  random: Random,
  said: SaidLines,
): { id: string; text: string } {
  let chosen = random.pick(lines);
  const render = (line: { text: string }) => fillPlaceholders(line.text, persona);
  if (!REPETITIVE_TYPES.has(persona.type)) {
    const fresh = lines.filter((line) => !said.has(render(line)));
    if (fresh.length > 0) chosen = random.pick(fresh);
  }
  return { id: chosen.id, text: withTic(render(chosen), persona, random) };
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
  return drawFresh(() => random.pick(options), said, persona);
}
