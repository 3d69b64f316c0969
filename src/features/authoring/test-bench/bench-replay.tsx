import type { Script } from '@/domain/script/script-schema';
import type { Exchange } from '@/domain/session/run-replay';
import { useAuthoringTranslation } from '../use-authoring-translation';
import type { ReplayReport } from './bench-run';
import { BenchErrorMessage } from './bench-error';
import { useOutcomeLabel } from './bench-score';
import type { LiveRun } from './use-test-bench';

/** The last run replayed on the edited draft: where it now goes another way, and both results. */
export function BenchReplay({
  report,
  live,
  script,
}: {
  report: ReplayReport;
  live: LiveRun;
  script: Script;
}) {
  const { t } = useAuthoringTranslation();
  const outcomeLabel = useOutcomeLabel();
  const titles = new Map(script.steps.map((step) => [step.id, step.title]));
  const { after, comparison } = report;
  const stepsOf = (exchange: Exchange | null) =>
    exchange ? exchange.steps.map((id) => titles.get(id) ?? id).join(' → ') : '—';
  const score = (value: number | undefined) => (value === undefined ? '—' : String(value));
  return (
    <section className="bench-replay" aria-labelledby="bench-replay-title">
      <h3 id="bench-replay-title">{t('testBench.replay.title')}</h3>
      {!after.ok && (
        <BenchErrorMessage script={script} error={{ stepId: after.stepId, message: after.error }} />
      )}
      {comparison && (
        <>
          <p role="status">
            {comparison.pathDivergesAt !== null
              ? t('testBench.replay.path', { n: comparison.pathDivergesAt + 1 })
              : comparison.firstChangeAt !== null
                ? t('testBench.replay.words', { n: comparison.firstChangeAt + 1 })
                : t('testBench.replay.same')}
          </p>
          <table className="bench-results">
            <caption>{t('testBench.replay.scores')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('testBench.replay.result')}</th>
                <th scope="col">{t('testBench.replay.before')}</th>
                <th scope="col">{t('testBench.replay.after')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('testBench.replay.outcomeRow')}</th>
                <td>{outcomeLabel(comparison.outcome.before)}</td>
                <td>{outcomeLabel(comparison.outcome.after)}</td>
              </tr>
              <tr>
                <th scope="row">{t('testBench.replay.scoreRow')}</th>
                <td>{score(live.card?.overall.outOf20)}</td>
                <td>{after.ok ? score(after.card?.overall.outOf20) : '—'}</td>
              </tr>
            </tbody>
          </table>
          {after.ok && after.unsaid > 0 && (
            <p>{t('testBench.replay.unsaid', { count: after.unsaid })}</p>
          )}
          <table className="bench-diff">
            <caption>{t('testBench.replay.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('testBench.replay.exchange')}</th>
                <th scope="col">{t('testBench.replay.before')}</th>
                <th scope="col">{t('testBench.replay.after')}</th>
                <th scope="col">{t('testBench.replay.change')}</th>
              </tr>
            </thead>
            <tbody>
              {comparison.rows.map((row) => (
                <tr key={row.index} className={`bench-diff-row bench-diff-row--${row.change}`}>
                  <th scope="row">
                    {row.index + 1}
                    {(row.before ?? row.after)?.agent === null &&
                      ` (${t('testBench.replay.opening')})`}
                  </th>
                  <td>
                    <span className="bench-diff-steps">{stepsOf(row.before)}</span>
                    <br />
                    {row.before?.reply ?? ''}
                  </td>
                  <td>
                    <span className="bench-diff-steps">{stepsOf(row.after)}</span>
                    <br />
                    {row.after?.reply ?? ''}
                  </td>
                  <td>{t(`testBench.replay.changes.${row.change}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
