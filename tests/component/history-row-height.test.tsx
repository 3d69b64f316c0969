import { Virtualizer } from '@tanstack/react-virtual';
import { describe, expect, it, vi } from 'vitest';
import { rowHeight } from '@/features/rehearsal/history/history-table';

// How the history's virtualizer reads a row's height (issue 19: the first screenful of rows was
// drawn twice because a 109.8 px row read as a change from its 110 px estimate).

function virtualizer() {
  return new Virtualizer<HTMLDivElement, HTMLTableRowElement>({
    count: 100,
    getScrollElement: () => null,
    estimateSize: () => 110,
    scrollToFn: () => {},
    observeElementRect: () => {},
    observeElementOffset: () => {},
  });
}

/** A row as a browser lays it out: a fractional box, whole-pixel offsets. */
function laidOutRow(index: number, box: number) {
  const row = document.createElement('tr');
  row.setAttribute('data-index', String(index));
  const rect = vi.spyOn(row, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 900, box));
  Object.defineProperty(row, 'offsetHeight', { configurable: true, get: () => Math.round(box) });
  return { row, rect };
}

const observed = (box: number) =>
  ({ borderBoxSize: [{ blockSize: box, inlineSize: 900 }] }) as unknown as ResizeObserverEntry;

describe('history rows: the height the virtualizer keeps', () => {
  it('is in whole pixels, so a row of 109.8 px is its 110 px estimate, not a change', () => {
    const { row } = laidOutRow(0, 109.78125);
    expect(rowHeight(row, undefined, virtualizer())).toBe(110);
    expect(rowHeight(row, observed(109.78125), virtualizer())).toBe(110);
  });

  it("takes the resize observer's box when it has one, without laying the page out", () => {
    const { row, rect } = laidOutRow(3, 151.6);
    expect(rowHeight(row, observed(151.6), virtualizer())).toBe(152);
    expect(rect).not.toHaveBeenCalled();
  });

  it('keeps the estimate for a row that is not laid out (a test DOM)', () => {
    const { row } = laidOutRow(1, 0);
    expect(rowHeight(row, undefined, virtualizer())).toBe(110);
  });
});
