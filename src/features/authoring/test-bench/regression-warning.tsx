import { useAuthoringTranslation } from '../use-authoring-translation';
import type { CaseCheck } from './bench-run';
import { useOutcomeLabel } from './bench-score';

/** What publishing would change in the regression cases, case by case. */
export function RegressionWarning({ changed }: { changed: readonly CaseCheck[] }) {
  const { t } = useAuthoringTranslation();
  const outcomeLabel = useOutcomeLabel();
  const score = (value: number | null | undefined) => (value == null ? '—' : String(value));
  return (
    <div role="alert" className="bench-error">
      <p>{t('testBench.publish.changed', { count: changed.length })}</p>
      <ul>
        {changed.map(({ record, actual, error, outcomeChanged, scoreChanged }) => (
          <li key={record.id}>
            {error !== null ? (
              t('testBench.publish.caseError', { name: record.name, error })
            ) : (
              <>
                {outcomeChanged &&
                  t('testBench.publish.caseOutcome', {
                    name: record.name,
                    before: outcomeLabel(record.expected.outcome),
                    after: outcomeLabel(actual?.outcome ?? null),
                  })}
                {outcomeChanged && scoreChanged && <br />}
                {scoreChanged &&
                  t('testBench.publish.caseScore', {
                    name: record.name,
                    before: score(record.expected.outOf20),
                    after: score(actual?.outOf20),
                  })}
              </>
            )}
          </li>
        ))}
      </ul>
      <p>{t('testBench.publish.accept')}</p>
    </div>
  );
}
