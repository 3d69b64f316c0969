import { scoreSession } from '@/domain/scoring/score-session';
import type { ScoreCard } from '@/domain/scoring/score-card.types';
import type { Rubric } from '@/domain/scoring/rubric-schema';
import type { SessionState } from '@/domain/session/session.types';
import type { Library } from '../library/library-loader';

export const DEFAULT_RUBRIC_ID = 'default';

/** The rubric the library ships, or null when it is missing or refused by the gate. */
export function defaultRubric(library: Library): Rubric | null {
  return library.rubrics.get(DEFAULT_RUBRIC_ID) ?? null;
}

/** Scores an ended call; null before the end or without a rubric. Same call ⇒ same card. */
export function scoreEndedSession(session: SessionState, rubric: Rubric | null): ScoreCard | null {
  if (session.status !== 'ended' || !rubric) return null;
  return scoreSession(session, rubric, session.config.brand);
}
