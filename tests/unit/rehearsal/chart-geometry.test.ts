import { describe, expect, it } from 'vitest';
import {
  estimatedTextWidth,
  keepInside,
  labelledPositions,
  labelRows,
  linePath,
  xPositions,
  yPosition,
} from '@/ui/chart/chart-geometry';

const area = { left: 40, right: 440, top: 10, bottom: 210 };

describe('chart geometry', () => {
  it('spaces points evenly across the plot and centres a lone point', () => {
    expect(xPositions(0, area)).toEqual([]);
    expect(xPositions(1, area)).toEqual([240]);
    expect(xPositions(5, area)).toEqual([40, 140, 240, 340, 440]);
  });

  it('puts 100 at the top, 0 at the bottom, and clamps what lies outside', () => {
    expect(yPosition(100, area)).toBe(10);
    expect(yPosition(0, area)).toBe(210);
    expect(yPosition(25, area)).toBe(160);
    expect(yPosition(140, area)).toBe(10);
    expect(yPosition(-3, area)).toBe(210);
  });

  it('draws one path through the values and breaks it where a value is missing', () => {
    expect(linePath([50, 100, 0], area)).toBe('M40 110 L240 10 L440 210');
    expect(linePath([50, null, 0, 25], area)).toBe('M40 110 M306.7 210 L440 160');
    expect(linePath([null, null], area)).toBe('');
  });

  it('labels every position when there is room, and thins the labels when there is not', () => {
    expect(labelledPositions(0, 400, 30)).toEqual([]);
    expect(labelledPositions(1, 400, 30)).toEqual([0]);
    expect(labelledPositions(5, 400, 30)).toEqual([0, 1, 2, 3, 4]);
    // 41 positions 10 px apart, labels 30 px wide: every third one, and the last when it fits.
    expect(labelledPositions(41, 400, 30)).toEqual([
      0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39,
    ]);
    expect(labelledPositions(43, 420, 30)).toEqual([
      0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39, 42,
    ]);
  });

  it('stacks mark labels on a new row only when they would overlap', () => {
    // Marks come in position order, as the charts give them.
    const spread = labelRows([
      { x: 50, width: 60 },
      { x: 80, width: 60 },
      { x: 110, width: 40 },
      { x: 150, width: 20 },
      { x: 200, width: 60 },
    ]);
    expect(spread).toEqual([0, 1, 0, 0, 0]);
    const crowded = labelRows([
      { x: 50, width: 60 },
      { x: 60, width: 60 },
      { x: 70, width: 60 },
      { x: 200, width: 60 },
    ]);
    expect(crowded).toEqual([0, 1, 2, 0]);
  });

  it('keeps a label inside the chart', () => {
    expect(keepInside(5, 60, 0, 300)).toBe(30);
    expect(keepInside(295, 60, 0, 300)).toBe(270);
    expect(keepInside(150, 60, 0, 300)).toBe(150);
    expect(keepInside(10, 400, 0, 300)).toBe(150);
    expect(estimatedTextWidth('Interruption', 13)).toBe(94);
  });
});
