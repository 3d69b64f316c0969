import type { Rubric } from '@/domain/scoring/rubric-schema';
import type { Library } from '../library/library-loader';

// Apart from the scoring (score.ts, the engine's side): the page reads the rubric to show it and
// hands it to the call's engine, without loading the scorer.

export const DEFAULT_RUBRIC_ID = 'default';

/** The rubric the library ships, or null when it is missing or refused by the gate. */
export function defaultRubric(library: Library): Rubric | null {
  return library.rubrics.get(DEFAULT_RUBRIC_ID) ?? null;
}
