import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartShape } from '@/ui/chart/chart-shapes';
import { LineChart } from '@/ui/chart/line-chart';
import { formatDateTime, formatOutOf20, formatSignedOn20, onTwenty } from '../format';
import {
  criterionTrend,
  PROGRESS_CRITERIA,
  timeLabels,
  type ProgressCriterion,
  type ProgressPoint,
} from './progress-data';

const SHAPES: Record<ProgressCriterion, ChartShape> = {
  overall: 'circle',
  brandTone: 'square',
  recovery: 'triangle',
};

// The values table shows this many rows at a time, like the history it sits above.
const VALUES_PAGE = 10;

/**
 * Each criterion over the filtered, scored calls, with a trend sentence and a table of values.
 * Memoised: the history draws again as its counts arrive, the chart only when its points change.
 */
export const ProgressChart = memo(function ProgressChart({
  points,
}: {
  points: readonly ProgressPoint[];
}) {
  const { t, i18n } = useTranslation();
  // Pages from the newest values, which are the ones an agent comes to check.
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(points.length / VALUES_PAGE));
  const shownPage = Math.min(page, pages - 1);
  const to = points.length - shownPage * VALUES_PAGE;
  const from = Math.max(0, to - VALUES_PAGE);
  const label = (criterion: ProgressCriterion) =>
    criterion === 'overall'
      ? t('rehearsal.history.progress.overall')
      : t(`rehearsal.debrief.${criterion}`);
  const only = points.length === 1 ? points[0] : undefined;
  if (points.length === 0) return <p>{t('rehearsal.history.progress.empty')}</p>;
  if (only)
    return (
      <p>
        {t('rehearsal.history.progress.single', {
          score: formatOutOf20(only.outOf20, i18n.language),
        })}
      </p>
    );
  const trends = PROGRESS_CRITERIA.map((criterion) => {
    const trend = criterionTrend(points, criterion);
    const words = { criterion: label(criterion) };
    if (!trend) return t('rehearsal.history.progress.noRecoveryTrend', words);
    // On the app's one scale: a change of 10 points out of 100 reads « +2 » out of 20.
    const values = { ...words, calls: trend.calls, count: onTwenty(Math.abs(trend.delta)) };
    const delta = formatSignedOn20(trend.delta, i18n.language);
    if (criterion === 'recovery')
      return trend.delta === 0
        ? t('rehearsal.history.progress.stableRecovery', values)
        : t('rehearsal.history.progress.trendRecovery', { ...values, delta });
    return trend.delta === 0
      ? t('rehearsal.history.progress.stable', values)
      : t('rehearsal.history.progress.trend', { ...values, delta });
  });
  const score = (value: number | null) =>
    value === null
      ? t('rehearsal.history.notMeasured')
      : formatOutOf20(onTwenty(value), i18n.language);
  return (
    <LineChart
      title={t('rehearsal.history.progress.chartTitle')}
      summary={trends.join(' ')}
      xAxisLabel={t('rehearsal.history.progress.axis')}
      xLabels={timeLabels(points, i18n.language)}
      series={PROGRESS_CRITERIA.map((criterion) => ({
        id: criterion,
        label: label(criterion),
        shape: SHAPES[criterion],
        values: points.map((point) => {
          const value = point.scores[criterion];
          return value === null ? null : onTwenty(value);
        }),
      }))}
      max={20}
      marks={points.flatMap((point, position) =>
        point.breached
          ? [
              {
                position,
                shape: 'cross',
                label: t('rehearsal.history.progress.breach'),
                tone: 'alert',
              },
            ]
          : [],
      )}
      markLegend={[
        { shape: 'cross', label: t('rehearsal.history.progress.breachLegend'), tone: 'alert' },
      ]}
    >
      <details className="chart__values">
        <summary>{t('rehearsal.history.progress.showValues')}</summary>
        <table className="data-table">
          <caption>{t('rehearsal.history.progress.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rehearsal.history.date')}</th>
              <th scope="col">{t('rehearsal.history.script')}</th>
              {PROGRESS_CRITERIA.map((criterion) => (
                <th key={criterion} scope="col">
                  {label(criterion)}
                </th>
              ))}
              <th scope="col">{t('rehearsal.history.compliance')}</th>
            </tr>
          </thead>
          <tbody>
            {points.slice(from, to).map((point) => (
              <tr key={point.id}>
                <th scope="row">{formatDateTime(point.startedAt, i18n.language)}</th>
                <td lang={point.language}>{point.scriptTitle}</td>
                {PROGRESS_CRITERIA.map((criterion) => (
                  <td key={criterion}>{score(point.scores[criterion])}</td>
                ))}
                <td>
                  {point.breached
                    ? t('rehearsal.history.nonCompliant')
                    : t('rehearsal.history.compliant')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {pages > 1 && (
          <div className="button-row">
            <button
              type="button"
              className="button button--quiet"
              disabled={shownPage === pages - 1}
              onClick={() => setPage(shownPage + 1)}
            >
              {t('rehearsal.history.progress.previousValues')}
            </button>
            <p role="status">
              {t('rehearsal.history.progress.valuesPage', {
                from: from + 1,
                to,
                total: points.length,
              })}
            </p>
            <button
              type="button"
              className="button button--quiet"
              disabled={shownPage === 0}
              onClick={() => setPage(shownPage - 1)}
            >
              {t('rehearsal.history.progress.nextValues')}
            </button>
          </div>
        )}
      </details>
    </LineChart>
  );
});
