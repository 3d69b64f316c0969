import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LineChart, type ChartMark } from '@/ui/chart/line-chart';

describe('the line chart', () => {
  it('keeps every crowded mark but labels three rows of them at most', () => {
    // Five marks on the same call: each label would need its own row.
    const marks: ChartMark[] = [0, 1, 2, 3, 4].map(() => ({
      position: 2,
      shape: 'cross',
      label: 'Non conforme',
      tone: 'alert',
    }));
    render(
      <LineChart
        title="Progression"
        summary="Six calls, all non-compliant."
        xAxisLabel="Date"
        xLabels={['1', '2', '3', '4', '5', '6']}
        series={[{ id: 'overall', label: 'Overall', shape: 'circle', values: [0, 0, 0, 0, 0, 0] }]}
        marks={marks}
        markLegend={[{ shape: 'cross', label: 'Compliance breach', tone: 'alert' }]}
      />,
    );
    const chart = screen.getByRole('img', { name: 'Progression Six calls, all non-compliant.' });
    expect(chart.querySelectorAll('.chart-mark')).toHaveLength(5);
    expect(chart.querySelectorAll('.chart-mark .chart-shape--cross')).toHaveLength(5);
    const labels = [...chart.querySelectorAll('.chart-mark__label')];
    expect(labels.map((label) => label.textContent)).toEqual(Array(3).fill('Non conforme'));
    expect(new Set(labels.map((label) => label.getAttribute('y'))).size).toBe(3);
  });
});
