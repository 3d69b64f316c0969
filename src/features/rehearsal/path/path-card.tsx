import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PathProgress } from '@/domain/review/path-progress';
import type { TrainingPath } from '@/domain/review/training-path';
import { CRITERIA } from '@/domain/scoring/criteria';
import { formatDateTime } from '@/ui/format-date-time';
import { formatScoreOn20 } from '@/ui/score-scale';
import { setupPath } from '../rehearsal-paths';

/** One path: its steps in order, what is passed, the next step with a way to rehearse it. */
export function PathCard({ path, progress }: { path: TrainingPath; progress: PathProgress }) {
  const { t, i18n } = useTranslation('path');
  const headingId = `path-${path.id}`;
  return (
    <section aria-labelledby={headingId} className="path-card">
      <h2 id={headingId}>{path.title}</h2>
      <p>
        {t('by', { name: path.author.name, recurrence: t(`recurrences.${path.recurrence}`) })}
        {progress.cycleStart && ` · ${t('cycle', { start: progress.cycleStart })}`}
        {progress.nextCycle && ` · ${t('nextCycle', { date: progress.nextCycle })}`}
      </p>
      {progress.cycleStart === null ? (
        <p>{t('notStarted', { date: path.startsOn })}</p>
      ) : (
        <p>
          <strong>
            {progress.next === null
              ? t('done')
              : t('summary', { passed: progress.passed, total: path.steps.length })}
          </strong>
        </p>
      )}
      <ol aria-label={t('stepsLabel', { title: path.title })}>
        {progress.steps.map(({ step, passedAt, attempts }, index) => {
          const list = CRITERIA.filter((c) => step.thresholds[c] !== undefined)
            // Stored out of 100, read on the app's one scale, as the lead typed it in Revue.
            .map(
              (c) =>
                `${t(`criteria.${c}`)} ≥ ${formatScoreOn20(step.thresholds[c], i18n.language)}`,
            )
            .join(', ');
          const isNext = progress.cycleStart !== null && progress.next === index;
          return (
            <li key={index} aria-current={isNext ? 'step' : undefined}>
              <strong>
                {passedAt
                  ? t('passed', { when: formatDateTime(passedAt, i18n.language) })
                  : isNext
                    ? t('next')
                    : t('todo')}
              </strong>{' '}
              — {t('step', { script: step.scriptTitle, mode: t(`modes.${step.mode}`) })}.{' '}
              {list === '' ? t('noThreshold') : t('thresholds', { list })}{' '}
              {attempts > 0 && `(${t('attempts', { count: attempts })})`}
              {isNext && (
                <>
                  {' '}
                  <Link to={setupPath(step.scriptId)}>
                    {t('play', { script: step.scriptTitle })}
                  </Link>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
