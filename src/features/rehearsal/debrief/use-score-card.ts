import { useEffect, useState } from 'react';
import type { ScoreCard } from '@/domain/scoring/score-card.types';
import type { SessionState } from '@/domain/session/session.types';
import type { Library } from '../library/library-loader';
import { defaultRubric } from '../session/default-rubric';

/**
 * The ended call's score card: the stored one, else scored again (same call ⇒ same card). A call
 * ended in this tab brings its card from its engine; only an older record without one needs the
 * scorer, loaded then (it is the engine's code, kept out of the stage's chunks). `undefined`
 * while it scores.
 */
export function useScoreCard(
  session: SessionState,
  library: Library,
  stored: ScoreCard | null | undefined,
) {
  const rubric = defaultRubric(library);
  const rescore = stored === undefined || stored === null;
  const [scored, setScored] = useState<{ of: SessionState; card: ScoreCard | null } | null>(null);
  useEffect(() => {
    if (!rescore) return;
    let current = true;
    void import('../session/score').then(({ scoreEndedSession }) => {
      if (current) setScored({ of: session, card: scoreEndedSession(session, rubric) });
    });
    return () => {
      current = false;
    };
  }, [rescore, session, rubric]);
  const card = rescore ? (scored?.of === session ? scored.card : undefined) : stored;
  return { card, rubric };
}
