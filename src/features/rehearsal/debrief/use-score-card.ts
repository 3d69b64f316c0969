import { useMemo } from 'react';
import type { ScoreCard, ScoreFinding } from '@/domain/scoring/score-card.types';
import type { SessionState } from '@/domain/session/session.types';
import type { Library } from '../library/library-loader';
import { defaultRubric, scoreEndedSession } from '../session/score';

/** The ended call's score card and its findings grouped by turn, for the debrief. */
export function useScoreCard(
  session: SessionState,
  library: Library,
  stored: ScoreCard | null | undefined,
) {
  const rubric = defaultRubric(library);
  return useMemo(() => {
    const card = stored ?? scoreEndedSession(session, rubric);
    const findingsByTurn = new Map<number, ScoreFinding[]>();
    for (const finding of card?.findings ?? []) {
      findingsByTurn.set(finding.turn, [...(findingsByTurn.get(finding.turn) ?? []), finding]);
    }
    return { card, rubric, findingsByTurn };
  }, [session, rubric, stored]);
}
