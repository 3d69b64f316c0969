// Pure geometry for the hand-drawn SVG charts (no chart library: the stage's JavaScript budget
// is tight). Values are plotted on a fixed 0–100 scale, points evenly spaced by position.

/** The drawing area inside the SVG, in pixels. */
export interface PlotArea {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A mark's label to place above the plot: its x and its estimated width. */
export interface LabelBox {
  x: number;
  width: number;
}

/** The x of each of `count` evenly spaced points; a single point sits in the middle. */
export function xPositions(count: number, area: PlotArea): number[] {
  if (count <= 0) return [];
  if (count === 1) return [(area.left + area.right) / 2];
  const step = (area.right - area.left) / (count - 1);
  return Array.from({ length: count }, (_, index) => area.left + index * step);
}

/** The y of a 0–100 value (clamped), 100 at the top. */
export function yPosition(value: number, area: PlotArea): number {
  const clamped = Math.min(100, Math.max(0, value));
  return area.bottom - (clamped / 100) * (area.bottom - area.top);
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * An SVG path through the values; a null value (a criterion not measured that time) breaks the
 * line instead of drawing through zero.
 */
export function linePath(values: readonly (number | null)[], area: PlotArea): string {
  const xs = xPositions(values.length, area);
  const parts: string[] = [];
  let drawing = false;
  values.forEach((value, index) => {
    if (value === null) {
      drawing = false;
      return;
    }
    parts.push(`${drawing ? 'L' : 'M'}${round(xs[index] ?? 0)} ${round(yPosition(value, area))}`);
    drawing = true;
  });
  return parts.join(' ');
}

/**
 * Which of `count` positions get an x-axis label so labels `labelWidth` wide never overlap:
 * every k-th one from the first, and the last one when it fits.
 */
export function labelledPositions(count: number, plotWidth: number, labelWidth: number): number[] {
  if (count <= 0) return [];
  const spacing = count > 1 ? plotWidth / (count - 1) : plotWidth;
  const every = Math.max(1, Math.ceil(labelWidth / Math.max(spacing, 1)));
  const picked: number[] = [];
  for (let index = 0; index < count; index += every) picked.push(index);
  const last = count - 1;
  const previous = picked.at(-1) ?? 0;
  if (previous !== last && (last - previous) * spacing >= labelWidth) picked.push(last);
  return picked;
}

/**
 * The row each label goes on (0 nearest the plot) so that labels on the same row never overlap;
 * a label takes the lowest row where it fits after the labels before it.
 */
export function labelRows(boxes: readonly LabelBox[], gap = 6): number[] {
  const rowEnds: number[] = [];
  return boxes.map((box) => {
    const start = box.x - box.width / 2;
    let row = rowEnds.findIndex((end) => end + gap <= start);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = box.x + box.width / 2;
    return row;
  });
}

/** A rough text width: enough to keep labels apart without measuring the font. */
export function estimatedTextWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.6);
}

/** Where to centre a label of `width` near `x` so it stays inside [min, max]. */
export function keepInside(x: number, width: number, min: number, max: number): number {
  const half = width / 2;
  if (max - min <= width) return (min + max) / 2;
  return Math.min(max - half, Math.max(min + half, x));
}
