import { Shape, type ChartShape } from './chart-shapes';
import type { ChartMark, ChartSeries } from './line-chart';

/** The legend under a chart: each series' line, colour and shape, then what each mark means. */
export function ChartLegend({
  series,
  markLegend,
}: {
  series: readonly Pick<ChartSeries, 'id' | 'label' | 'shape'>[];
  markLegend: readonly { shape: ChartShape; label: string; tone: ChartMark['tone'] }[];
}) {
  return (
    <ul className="chart-legend">
      {series.map((line, index) => (
        <li key={line.id}>
          <svg
            className={`chart-series chart-series--${index + 1}`}
            width="36"
            height="14"
            aria-hidden="true"
          >
            <path className="chart-series__line" d="M2 7 L34 7" />
            <Shape shape={line.shape} x={18} y={7} size={3.5} />
          </svg>
          {line.label}
        </li>
      ))}
      {markLegend.map((entry) => (
        <li key={entry.label}>
          <svg
            className={`chart-mark chart-mark--${entry.tone}`}
            width="36"
            height="14"
            aria-hidden="true"
          >
            <Shape shape={entry.shape} x={18} y={7} size={5} />
          </svg>
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
