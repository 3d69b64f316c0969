import './chart.css';
import { useId, type ReactNode } from 'react';
import {
  estimatedTextWidth,
  keepInside,
  labelledPositions,
  labelRows,
  linePath,
  xPositions,
  yPosition,
  type PlotArea,
} from './chart-geometry';
import { ChartLegend } from './chart-legend';
import { Shape, type ChartShape } from './chart-shapes';
import { useElementWidth } from './use-element-width';

/** One line of the chart: a value from 0 to the chart's `max` per position, null where there is none. */
export interface ChartSeries {
  id: string;
  label: string;
  shape: ChartShape;
  values: readonly (number | null)[];
}

/** Something that happened at a position (an aside, a breach): a rule, a shape and a label. */
export interface ChartMark {
  position: number;
  shape: ChartShape;
  label: string;
  /** `alert` for what went wrong (a compliance breach), `event` otherwise. */
  tone: 'event' | 'alert';
}

interface LineChartProps {
  title: string;
  /** A sentence saying what the chart shows; with the table below, the text alternative. */
  summary: string;
  xAxisLabel: string;
  xLabels: readonly string[];
  series: readonly ChartSeries[];
  marks: readonly ChartMark[];
  /** What each mark shape means, for the legend. */
  markLegend: readonly { shape: ChartShape; label: string; tone: ChartMark['tone'] }[];
  /** The table of values (the text alternative), under the legend. */
  children?: ReactNode;
  /** The top of the value scale: 100 for a mood, 20 for scores (the app's one scale). */
  max?: number;
}

const FONT = 13;
const ROW = 18;
// Crowded marks stack their labels; past this many rows a mark keeps its shape (the legend says
// what it means) and the table below lists it, rather than pushing the plot down the page.
const MAX_LABEL_ROWS = 3;
const PLOT_HEIGHT = 180;
const Y_FRACTIONS = [0, 0.25, 0.5, 0.75, 1];

/** A hand-drawn SVG line chart from 0 to `max`, drawn at its container's real width. */
export function LineChart(props: LineChartProps) {
  const { title, summary, xAxisLabel, xLabels, marks, markLegend, children, max = 100 } = props;
  // The geometry draws 0–100: values on another scale are stretched to it, ticks read in `max`.
  const series = props.series.map((line) => ({
    ...line,
    values: line.values.map((value) => (value === null ? null : (value * 100) / max)),
  }));
  const id = useId();
  const { ref, width: measured } = useElementWidth<HTMLDivElement>(640);
  const width = Math.max(280, measured);
  // The last x label is centred on the last point: leave it room to stay inside the chart.
  const widest = Math.max(0, ...xLabels.map((label) => estimatedTextWidth(label, FONT)));
  const right = width - Math.max(16, Math.ceil(widest / 2) + 4);
  const xs = xPositions(xLabels.length, { left: 44, right, top: 0, bottom: 0 });
  const labels = marks.map((mark) => {
    const textWidth = estimatedTextWidth(mark.label, FONT);
    return { textWidth, x: keepInside(xs[mark.position] ?? 0, textWidth, 2, width - 2) };
  });
  const rows = labelRows(labels.map((label) => ({ x: label.x, width: label.textWidth })));
  const rowCount = rows.length ? Math.min(MAX_LABEL_ROWS, Math.max(...rows) + 1) : 0;
  const top = 12 + rowCount * ROW + (marks.length ? 16 : 0);
  const area: PlotArea = { left: 44, right, top, bottom: top + PLOT_HEIGHT };
  const height = area.bottom + 46;
  const ticks = labelledPositions(xLabels.length, area.right - area.left, widest + 10);
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="chart__title">
        {title}
      </figcaption>
      <p id={`${id}-summary`} className="chart__summary">
        {summary}
      </p>
      <div ref={ref} className="chart__canvas">
        <svg
          role="img"
          aria-labelledby={`${id}-title ${id}-summary`}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          fontSize={FONT}
        >
          {Y_FRACTIONS.map((fraction) => {
            const y = yPosition(fraction * 100, area);
            return (
              <g key={fraction}>
                <line className="chart-grid" x1={area.left} x2={area.right} y1={y} y2={y} />
                <text className="chart-axis" x={area.left - 8} y={y + 4} textAnchor="end">
                  {fraction * max}
                </text>
              </g>
            );
          })}
          {ticks.map((position) => (
            <text
              key={position}
              className="chart-axis"
              x={xs[position]}
              y={area.bottom + 18}
              textAnchor="middle"
            >
              {xLabels[position]}
            </text>
          ))}
          <text
            className="chart-axis"
            x={(area.left + area.right) / 2}
            y={area.bottom + 38}
            textAnchor="middle"
          >
            {xAxisLabel}
          </text>
          {marks.map((mark, index) => {
            const x = xs[mark.position] ?? 0;
            const label = labels[index];
            return (
              <g
                key={`${mark.position}-${index}`}
                className={`chart-mark chart-mark--${mark.tone}`}
              >
                <line
                  className="chart-mark__rule"
                  x1={x}
                  x2={x}
                  y1={area.top - 8}
                  y2={area.bottom}
                />
                <Shape shape={mark.shape} x={x} y={area.top - 8} size={5} />
                {(rows[index] ?? 0) < MAX_LABEL_ROWS && (
                  <text
                    x={label?.x}
                    y={area.top - 20 - (rows[index] ?? 0) * ROW}
                    textAnchor="middle"
                    className="chart-mark__label"
                  >
                    {mark.label}
                  </text>
                )}
              </g>
            );
          })}
          {series.map((line, index) => (
            <g key={line.id} className={`chart-series chart-series--${index + 1}`}>
              <path className="chart-series__line" d={linePath(line.values, area)} />
              {line.values.map((value, position) =>
                value === null ? null : (
                  <Shape
                    key={position}
                    shape={line.shape}
                    x={xs[position] ?? 0}
                    y={yPosition(value, area)}
                    size={3.5}
                  />
                ),
              )}
            </g>
          ))}
        </svg>
      </div>
      <ChartLegend series={series} markLegend={markLegend} />
      {children}
    </figure>
  );
}
