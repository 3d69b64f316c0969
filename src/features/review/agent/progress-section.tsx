import { useTranslation } from 'react-i18next';
import type { ImportedSummary } from '@/domain/review/imported-session';
import { criterionScore } from '@/domain/review/team-summary';
import { CRITERIA, type Criterion } from '@/domain/scoring/criteria';
import type { ChartShape } from '@/ui/chart/chart-shapes';
import { LineChart } from '@/ui/chart/line-chart';
import { formatDateTime } from '@/ui/format-date-time';
import { onTwenty } from '@/ui/score-scale';
import { CriterionCells, CriterionHeaders } from './criterion-cells';

// Each criterion its own point shape and dash pattern, so none relies on colour alone.
const SHAPES: Record<Criterion, ChartShape> = {
  compliance: 'circle',
  brandTone: 'square',
  recovery: 'triangle',
  adherence: 'diamond',
};

/** One agent's scored sessions, oldest first, one line per criterion on the /20 scale. */
export function ProgressSection({ sessions }: { sessions: readonly ImportedSummary[] }) {
  const { t, i18n } = useTranslation('review');
  const scored = sessions
    .filter((session) => session.scoreCard)
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const date = (session: ImportedSummary) => formatDateTime(session.startedAt, i18n.language);
  const label = (criterion: Criterion) => t(`columns.${criterion}`);
  return (
    <section aria-labelledby="progress-title" className="review-section">
      <h2 id="progress-title">{t('progress.title')}</h2>
      {scored.length < 2 ? (
        <p>{t('progress.tooFew')}</p>
      ) : (
        <LineChart
          title={t('progress.chartTitle')}
          summary={t('progress.summary', {
            count: scored.length,
            first: date(scored[0] as ImportedSummary),
            last: date(scored.at(-1) as ImportedSummary),
          })}
          xAxisLabel={t('progress.axis')}
          xLabels={scored.map(date)}
          series={CRITERIA.map((criterion) => ({
            id: criterion,
            label: label(criterion),
            shape: SHAPES[criterion],
            values: scored.map((session) => {
              const value = criterionScore(session, criterion);
              return value === null ? null : onTwenty(value);
            }),
          }))}
          marks={[]}
          markLegend={[]}
          max={20}
        >
          <details className="chart__values">
            <summary>{t('progress.values')}</summary>
            <div className="table-scroll">
              <table className="review-table">
                <thead>
                  <tr>
                    <th scope="col">{t('columns.date')}</th>
                    <CriterionHeaders />
                  </tr>
                </thead>
                <tbody>
                  {scored.map((session) => (
                    <tr key={session.id}>
                      <th scope="row">{date(session)}</th>
                      <CriterionCells session={session} />
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </LineChart>
      )}
    </section>
  );
}
