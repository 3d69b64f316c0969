import { fillPlaceholders } from '../customer/customer-lines';
import type { Random } from '../random/seeded-random';
import type { BrandGuide } from '../script/brand-guide-schema';
import type { Persona } from '../script/persona-schema';
import type { AgentStep } from '../script/script-schema';
import { ENGLISH_MOVE_LINES } from './move-line-bank-en';
import { FRENCH_MOVE_LINES } from './move-line-bank-fr';

export type ChoiceQuality = 'on_brand' | 'off_brand' | 'clumsy';

/** One of the three lines offered in a read-through. The UI must not reveal `quality`. */
export interface LectureChoice {
  id: string;
  text: string;
  quality: ChoiceQuality;
}

const MAX_MOVES_PER_LINE = 3;

function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, slot: string) => slots[slot] ?? whole).trim();
}

/**
 * Three candidate lines for an agent step — on-brand, off-brand, clumsy — built from the step's
 * expected moves, its exemplary line and the brand guide, in a seeded order.
 */
export function lectureChoices(
  step: AgentStep,
  brand: BrandGuide | null,
  persona: Persona,
  agentName: string,
  random: Random,
): LectureChoice[] {
  const bank = persona.language === 'fr' ? FRENCH_MOVE_LINES : ENGLISH_MOVE_LINES;
  const sheet = persona.factSheet;
  const slots = {
    agent: agentName,
    customer: `${sheet.civility} ${sheet.lastName}`,
    greeting: brand ? random.pick(brand.greetingFormulas) : bank.greet.off,
    closing: brand ? random.pick(brand.closingFormulas) : '',
  };
  const moves = step.expectedMoves
    .filter((move) => move in bank)
    .slice(0, MAX_MOVES_PER_LINE) as (keyof typeof bank)[];
  const compose = (version: 'good' | 'off' | 'clumsy') =>
    moves.map((move) => fill(bank[move][version], slots)).join(' ');
  const exemplary =
    step.lines.length > 0 ? fillPlaceholders(random.pick(step.lines).text, persona) : null;
  const offBrandExtra =
    brand && brand.bannedPhrases.length > 0 ? random.pick(brand.bannedPhrases).phrase : null;
  const offBrand = compose('off');
  const choices: LectureChoice[] = [
    { id: `${step.id}:on`, text: exemplary ?? compose('good'), quality: 'on_brand' },
    {
      id: `${step.id}:off`,
      // The brand's own banned words make the off-brand line fail this brand's charter too.
      text:
        offBrandExtra && !offBrand.toLowerCase().includes(offBrandExtra.toLowerCase())
          ? `${offBrand} ${capitalise(offBrandExtra)}.`
          : offBrand,
      quality: 'off_brand',
    },
    { id: `${step.id}:clumsy`, text: compose('clumsy'), quality: 'clumsy' },
  ];
  return shuffle(choices, random);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function shuffle<T>(items: T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = random.int(i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
