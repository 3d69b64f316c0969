import { scoreSession } from '@/domain/scoring/score-session';
import type { ScoreCard } from '@/domain/scoring/score-card.types';
import type { Rubric } from '@/domain/scoring/rubric-schema';
import type { SessionState } from '@/domain/session/session.types';

/** Scores an ended call; null before the end or without a rubric. Same call ⇒ same card. */
export function scoreEndedSession(session: SessionState, rubric: Rubric | null): ScoreCard | null {
  if (session.status !== 'ended' || !rubric) return null;
  return scoreSession(session, rubric, session.config.brand);
}
