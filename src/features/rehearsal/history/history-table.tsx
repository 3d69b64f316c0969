import {
  measureElement,
  observeElementRect,
  useVirtualizer,
  type Rect,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { HistoryRow, useRowWords } from './history-row';
import { useSummaryRows, type FilteredHistory } from './use-history';

interface HistoryTableProps {
  /** The matching sessions, newest first; only the rows in view are read and drawn. */
  filtered: FilteredHistory;
  /** How many match; until counted, the rows already read (and the table says -1: unknown). */
  count: number | null;
  /** A new filter is being read. */
  busy: boolean;
  onExport: (id: string) => void;
}

const COLUMNS = 10;
// A row as drawn on a desktop: two lines, its « open » link above its export button (measured
// 110 px at 1280 px wide). An estimate far off drew a third more rows than fit, then drew again.
const ROW_HEIGHT = 110;
// Before the list is laid out (or in a test DOM without layout) it shows a screenful.
const UNMEASURED: Rect = { width: 1024, height: 768 };

/**
 * A row's height as the virtualizer keeps it: the library's measure, in whole pixels (from the
 * resize observer's box when it has one; a row already measured is not laid out again). Read
 * unrounded, a 109.8 px row differed from its 110 px estimate: every row of the first screenful
 * « changed size », and the table was drawn a second time inside its first commit, after a
 * layout forced for each row (a fifth of the history's first-render JS at 1×, issue 19).
 * A row not laid out (a test DOM) keeps its estimate rather than collapsing to nothing.
 */
export function rowHeight(
  row: HTMLTableRowElement,
  entry: ResizeObserverEntry | undefined,
  virtualizer: Virtualizer<HTMLDivElement, HTMLTableRowElement>,
): number {
  return measureElement(row, entry, virtualizer) || ROW_HEIGHT;
}

/**
 * The sessions with their scores, a year of them included: the rows are virtualised (only
 * those in view exist in the page) and the table keeps its semantics, each row saying its place.
 */
export function HistoryTable({ filtered, count, busy, onExport }: HistoryTableProps) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const { rows, want } = useSummaryRows(filtered);
  const words = useRowWords();
  const length = count ?? filtered.first.length;
  // The table itself is not memoised (it follows the scroll); its rows are.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 4,
    initialRect: UNMEASURED,
    measureElement: rowHeight,
    observeElementRect: (instance, report) =>
      observeElementRect(instance, (rect) => report(rect.height > 0 ? rect : UNMEASURED)),
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (last >= first) want(first, last);
  }, [first, last, want]);
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div
      ref={scroller}
      className="table-scroll history-scroll"
      role="region"
      aria-label={t('rehearsal.history.tableLabel')}
      aria-busy={busy}
      // It scrolls: keyboard users must be able to focus it to scroll.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      <table className="history-table" aria-rowcount={count === null ? -1 : count + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('rehearsal.history.date')}</th>
            <th scope="col">{t('rehearsal.history.script')}</th>
            <th scope="col">{t('rehearsal.history.mode')}</th>
            <th scope="col">{t('rehearsal.history.status')}</th>
            <th scope="col">{t('rehearsal.history.overall')}</th>
            <th scope="col">{t('rehearsal.debrief.brandTone')}</th>
            <th scope="col">{t('rehearsal.debrief.recovery')}</th>
            <th scope="col">{t('rehearsal.history.compliance')}</th>
            <th scope="col">{t('rehearsal.stage.clock')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('rehearsal.history.open')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
          {items.map((item) => {
            const session = rows.get(item.index);
            return session ? (
              <HistoryRow
                key={session.id}
                ref={virtualizer.measureElement}
                session={session}
                words={words}
                rowIndex={item.index + 2}
                onExport={onExport}
              />
            ) : (
              <tr
                key={`row-${item.index}`}
                aria-rowindex={item.index + 2}
                style={{ height: ROW_HEIGHT }}
              >
                <td colSpan={COLUMNS}>{t('rehearsal.history.loadingRow')}</td>
              </tr>
            );
          })}
          {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
}
