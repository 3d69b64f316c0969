import type { ScoreCard } from '@/domain/scoring/score-card.types';
import type { SessionOutcome } from '@/domain/session/session.types';
import { useAuthoringTranslation } from '../use-authoring-translation';

/** An outcome as the bench says it: code and whether it counts as a success. */
export function useOutcomeLabel() {
  const { t } = useAuthoringTranslation();
  return (outcome: SessionOutcome | null) =>
    outcome
      ? t('testBench.outcome', {
          code: outcome.code,
          result: t(outcome.success ? 'testBench.success' : 'testBench.failure'),
        })
      : t('testBench.noOutcome');
}

/** The end of a test call: its outcome and the score card Répéter would give. */
export function BenchScore({
  outcome,
  card,
  scored,
}: {
  outcome: SessionOutcome | null;
  card: ScoreCard | null;
  /** False when no rubric is at hand: the call cannot be scored at all. */
  scored: boolean;
}) {
  const { t } = useAuthoringTranslation();
  const outcomeLabel = useOutcomeLabel();
  return (
    <section className="bench-score" aria-labelledby="bench-score-title">
      <h3 id="bench-score-title">{t('testBench.score.title')}</h3>
      <p>{t('testBench.ended', { outcome: outcomeLabel(outcome) })}</p>
      {card ? (
        <ul>
          <li>
            <strong>
              {t('testBench.score.overall', {
                score: card.overall.outOf20,
                label: card.overall.label,
              })}
            </strong>
          </li>
          <li>{t('testBench.score.compliance', { score: card.compliance.score })}</li>
          {card.compliance.identity === 'verified_before_start' && (
            <li>{t('testBench.score.identityBeforeTest')}</li>
          )}
          <li>
            {t('testBench.score.adherence', {
              covered: card.adherence.covered,
              total: card.adherence.mandatorySteps,
            })}
          </li>
        </ul>
      ) : (
        <p>{t(scored ? 'testBench.score.notEnded' : 'testBench.score.noRubric')}</p>
      )}
    </section>
  );
}
