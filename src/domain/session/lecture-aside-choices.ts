import type { AsideKind } from '../customer/customer.types';
import type { Random } from '../random/seeded-random';
import type { BrandGuide } from '../script/brand-guide-schema';
import type { Persona } from '../script/persona-schema';
import { ASIDE_BETTER_LINES } from '../scoring/aside-words';
import type { LectureChoice } from './lecture-choices';
import { asideMistakes } from './lecture-mistakes';
import { shuffle } from './shuffle';

// What answering each aside achieves, so the brand mistakes are built as they are at a step
// (blame goes with explaining or handling an objection).
const ANSWER_MOVES = ['empathise', 'handle_objection'];

/**
 * Three lines when the customer has gone off the script and the call waits for the agent to
 * answer (issue 13 §9: every turn offers options): the trade's answer to that aside, not
 * answering it at all, and one brand mistake said around the right answer.
 */
export function lectureAsideChoices(
  kind: AsideKind,
  brand: BrandGuide | null,
  persona: Persona,
  random: Random,
): LectureChoice[] {
  const best = ASIDE_BETTER_LINES[persona.language === 'fr' ? 'fr' : 'en'][kind];
  const [ignored, ...brandMistakes] = asideMistakes({
    step: { expectedMoves: ANSWER_MOVES },
    best,
    brand,
    persona,
  });
  const drawn = shuffle(brandMistakes, random).slice(0, 1);
  const choices: LectureChoice[] = [
    { id: `aside:${kind}:best`, text: best, quality: 'best', lesson: null },
    ...[ignored, ...drawn]
      .filter((mistake) => mistake !== undefined)
      .map((mistake) => ({
        id: `aside:${kind}:${mistake.lesson}`,
        text: mistake.text,
        quality: 'mistake' as const,
        lesson: mistake.lesson,
      })),
  ];
  return shuffle(choices, random);
}
