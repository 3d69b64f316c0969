import { agentFirstName, fillAgentInFormula, fillAgentSlot } from '../customer/agent-slot';
import { fillCallSlots } from '../customer/file-slots';
import { fillPlaceholders } from '../customer/customer-lines';
import type { Random } from '../random/seeded-random';
import type { BrandGuide } from '../script/brand-guide-schema';
import type { Persona } from '../script/persona-schema';
import type { AgentStep } from '../script/script-schema';
import { lineInPlace } from '../scoring/line-in-place';
import { stepMistakes, type LectureLesson } from './lecture-mistakes';
import { ENGLISH_MOVE_LINES } from './move-line-bank-en';
import { shuffle } from './shuffle';
import { FRENCH_MOVE_LINES } from './move-line-bank-fr';

export type { LectureLesson } from './lecture-mistakes';

/** `best` is the model; a `mistake` breaks exactly one rule, named by its lesson. */
export type ChoiceQuality = 'best' | 'mistake';

/** One of the three lines offered in a read-through. The UI must not reveal `quality`. */
export interface LectureChoice {
  id: string;
  text: string;
  quality: ChoiceQuality;
  lesson: LectureLesson | null;
}

/** Where the call stands when the lines are offered. */
export interface LectureSituation {
  /** The customer's irritation (0–100) after their last line. */
  irritation: number;
  /** The opening is over (the rubric's opening turns said): a greeting step's line is late. */
  pastOpening?: boolean;
  /** What the customer said so far, oldest first: the model line follows what they chose. */
  customerSaid?: readonly string[];
}

const MAX_MOVES_PER_LINE = 3;
// The rubric's default threshold for an upset caller: the model line then names the feeling.
const UPSET_IRRITATION = 60;

function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, slot: string) => slots[slot] ?? whole).trim();
}

function fillFormula(formula: string, persona: Persona, agentName: string): string {
  return fillPlaceholders(fillAgentInFormula(formula, agentName, langOf(persona)), persona);
}

function langOf(persona: Persona): 'fr' | 'en' {
  return persona.language === 'fr' ? 'fr' : 'en';
}

/** The step's model line: the author's, else one built from the expected moves. */
function modelLine(
  step: AgentStep,
  brand: BrandGuide | null,
  persona: Persona,
  agentName: string,
  random: Random,
  customerSaid: readonly string[],
): string {
  if (step.lines.length > 0) {
    const line = fillAgentSlot(random.pick(step.lines).text, agentName, langOf(persona));
    return fillPlaceholders(fillCallSlots(line, customerSaid, langOf(persona)), persona);
  }
  return movesLine(step.expectedMoves, brand, persona, agentName, random);
}

/**
 * A line that makes the given moves, from the move line bank (the on-brand version of each,
 * three at most), filled for the persona and the brand's greeting and closing formulas.
 */
export function movesLine(
  moves: readonly string[],
  brand: BrandGuide | null,
  persona: Persona,
  agentName: string,
  random: Random,
): string {
  const bank = persona.language === 'fr' ? FRENCH_MOVE_LINES : ENGLISH_MOVE_LINES;
  const sheet = persona.factSheet;
  const slots = {
    agent: agentFirstName(agentName, langOf(persona)),
    customer: `${sheet.civility} ${sheet.lastName}`,
    greeting: brand ? fillFormula(random.pick(brand.greetingFormulas), persona, agentName) : '',
    closing: brand ? fillFormula(random.pick(brand.closingFormulas), persona, agentName) : '',
  };
  return moves
    .filter((move) => move in bank)
    .slice(0, MAX_MOVES_PER_LINE)
    .map((move) => fill(bank[move as keyof typeof bank].good, slots))
    .filter((line) => line !== '')
    .join(' ');
}

/**
 * Three lines for an agent step, in a seeded order: the best one, and two realistic mistakes that
 * each break one rule (a banned phrase, the familiar register, a skipped verification, no
 * reformulation, blame), the step's own procedure first when it has one.
 */
export function lectureChoices(
  step: AgentStep,
  brand: BrandGuide | null,
  persona: Persona,
  agentName: string,
  random: Random,
  situation: LectureSituation = { irritation: 0 },
): LectureChoice[] {
  const model = modelLine(step, brand, persona, agentName, random, situation.customerSaid ?? []);
  const sheet = persona.factSheet;
  const closing = brand?.closingFormulas[0];
  // The best line is the model said in its place, as the debrief's « Mieux » is.
  const best = lineInPlace(model, {
    lang: persona.language === 'fr' ? 'fr' : 'en',
    expectedMoves: step.expectedMoves,
    closing: closing ? fillFormula(closing, persona, agentName) : null,
    lastName: sheet.lastName,
    upset: situation.irritation >= UPSET_IRRITATION,
    pastOpening: situation.pastOpening === true,
  });
  const mistakes = stepMistakes({ step, best, brand, persona });
  // The step's procedure mistake (if any) always stays; the other is drawn among the rest.
  const [first, ...rest] = mistakes;
  const procedural =
    first?.lesson === 'skipped_verification' || first?.lesson === 'no_reformulation';
  const pool = procedural ? rest : mistakes;
  const drawn = shuffle(pool, random).slice(0, procedural ? 1 : 2);
  const chosen = procedural && first ? [first, ...drawn] : drawn;
  const choices: LectureChoice[] = [
    { id: `${step.id}:best`, text: best, quality: 'best', lesson: null },
    ...chosen.map((mistake) => ({
      id: `${step.id}:${mistake.lesson}`,
      text: mistake.text,
      quality: 'mistake' as const,
      lesson: mistake.lesson,
    })),
  ];
  return shuffle(choices, random);
}
