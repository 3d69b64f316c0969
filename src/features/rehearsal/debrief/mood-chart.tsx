import { useTranslation } from 'react-i18next';
import type { TranscriptTurn } from '@/domain/session/session.types';
import type { ChartShape } from '@/ui/chart/chart-shapes';
import { LineChart, type ChartSeries } from '@/ui/chart/line-chart';
import {
  MOOD_DIALS,
  moodJourney,
  moodRows,
  positionedAsides,
  type AsideMark,
  type MoodDial,
} from './mood-chart-data';

const DIAL_SHAPES: Record<MoodDial, ChartShape> = {
  irritation: 'circle',
  trust: 'square',
  patience: 'triangle',
};

const MARK_SHAPES: Record<AsideMark['event'], ChartShape> = {
  started: 'diamond',
  handled: 'ring',
  escalated: 'triangle',
};

/** The customer's mood over the turns with the asides marked, and its values as a table. */
export function MoodChart({ turns }: { turns: readonly TranscriptTurn[] }) {
  const { t } = useTranslation();
  const rows = moodRows(turns);
  const journey = moodJourney(rows);
  if (!journey) return null;
  const asideName = (kind: AsideMark['aside']) => t(`rehearsal.debrief.moodChart.aside.${kind}`);
  const markLabel = (mark: AsideMark) =>
    mark.event === 'escalated'
      ? t('rehearsal.debrief.moodChart.markEscalated', { to: asideName(mark.to) })
      : mark.event === 'handled'
        ? t('rehearsal.debrief.moodChart.markHandled')
        : asideName(mark.aside);
  const tableText = (mark: AsideMark) =>
    mark.event === 'escalated'
      ? t('rehearsal.debrief.moodChart.cellEscalated', {
          aside: asideName(mark.aside),
          to: asideName(mark.to),
        })
      : t(`rehearsal.debrief.moodChart.cell.${mark.event}`, { aside: asideName(mark.aside) });
  const series: ChartSeries[] = MOOD_DIALS.map((dial) => ({
    id: dial,
    label: t(`rehearsal.stage.${dial}`),
    shape: DIAL_SHAPES[dial],
    values: rows.map((row) => row.mood[dial]),
  }));
  const summary = [
    t('rehearsal.debrief.moodChart.summary', {
      turns: journey.turns,
      irritationFrom: journey.first.irritation,
      irritationTo: journey.last.irritation,
      trustFrom: journey.first.trust,
      trustTo: journey.last.trust,
      patienceFrom: journey.first.patience,
      patienceTo: journey.last.patience,
    }),
    journey.asides > 0
      ? t('rehearsal.debrief.moodChart.asides', { count: journey.asides })
      : t('rehearsal.debrief.moodChart.noAside'),
  ].join(' ');
  return (
    <LineChart
      title={t('rehearsal.debrief.moodChart.title')}
      summary={summary}
      xAxisLabel={t('rehearsal.debrief.moodChart.turn')}
      xLabels={rows.map((row) => String(row.turn))}
      series={series}
      marks={positionedAsides(rows).map(({ position, mark }) => ({
        position,
        shape: MARK_SHAPES[mark.event],
        label: markLabel(mark),
        tone: 'event',
      }))}
      markLegend={(['started', 'handled', 'escalated'] as const).map((event) => ({
        shape: MARK_SHAPES[event],
        label: t(`rehearsal.debrief.moodChart.legend.${event}`),
        tone: 'event',
      }))}
    >
      <details className="chart__values">
        <summary>{t('rehearsal.debrief.moodChart.showValues')}</summary>
        <table className="data-table">
          <caption>{t('rehearsal.debrief.moodChart.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rehearsal.debrief.moodChart.turn')}</th>
              <th scope="col">{t('rehearsal.debrief.moodChart.speaker')}</th>
              {MOOD_DIALS.map((dial) => (
                <th key={dial} scope="col">
                  {t(`rehearsal.stage.${dial}`)}
                </th>
              ))}
              <th scope="col">{t('rehearsal.debrief.moodChart.asideColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.turn}>
                <th scope="row">{row.turn}</th>
                <td>{t(`rehearsal.stage.speaker.${row.speaker}`)}</td>
                {MOOD_DIALS.map((dial) => (
                  <td key={dial}>{row.mood[dial]}</td>
                ))}
                <td>{row.asides.map(tableText).join(' · ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </LineChart>
  );
}
