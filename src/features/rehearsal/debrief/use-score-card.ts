import { useMemo } from 'react';
import type { ScoreCard } from '@/domain/scoring/score-card.types';
import type { SessionState } from '@/domain/session/session.types';
import type { Library } from '../library/library-loader';
import { defaultRubric, scoreEndedSession } from '../session/score';

/** The ended call's score card (the stored one, else scored again: same call ⇒ same card). */
export function useScoreCard(
  session: SessionState,
  library: Library,
  stored: ScoreCard | null | undefined,
) {
  const rubric = defaultRubric(library);
  return useMemo(() => {
    const card = stored ?? scoreEndedSession(session, rubric);
    return { card, rubric };
  }, [session, rubric, stored]);
}
