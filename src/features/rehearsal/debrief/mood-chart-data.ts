import type { AsideKind, Mood } from '@/domain/customer/customer.types';
import type { TranscriptTurn } from '@/domain/session/session.types';

/** The three dials of the customer's mood, in the order the debrief draws them. */
export const MOOD_DIALS = ['irritation', 'trust', 'patience'] as const;
export type MoodDial = (typeof MOOD_DIALS)[number];

/** An aside beginning, brought back to the throughline, or turning into another. */
export type AsideMark =
  | { event: 'started' | 'handled'; aside: AsideKind }
  | { event: 'escalated'; aside: AsideKind; to: AsideKind };

/** One transcript turn as the chart and its table show it. */
export interface MoodRow {
  /** The turn's number as the debrief shows it (1 for the first turn). */
  turn: number;
  speaker: TranscriptTurn['speaker'];
  /** The customer's mood after the turn, rounded to whole points. */
  mood: Mood;
  asides: AsideMark[];
}

function asideMarks(turn: TranscriptTurn): AsideMark[] {
  const marks: AsideMark[] = [];
  for (const event of turn.events) {
    if (event.type === 'aside_started') marks.push({ event: 'started', aside: event.aside });
    if (event.type === 'aside_handled') marks.push({ event: 'handled', aside: event.aside });
    if (event.type === 'aside_escalated')
      marks.push({ event: 'escalated', aside: event.aside, to: event.to });
  }
  return marks;
}

/** The transcript as chart rows: the mood after each turn and the asides it started or ended. */
export function moodRows(turns: readonly TranscriptTurn[]): MoodRow[] {
  return turns.map((turn) => ({
    turn: turn.index + 1,
    speaker: turn.speaker,
    mood: {
      irritation: Math.round(turn.mood.irritation),
      trust: Math.round(turn.mood.trust),
      patience: Math.round(turn.mood.patience),
    },
    asides: asideMarks(turn),
  }));
}

/** The aside marks of the rows with the position (row index) each one sits at. */
export function positionedAsides(
  rows: readonly MoodRow[],
): { position: number; mark: AsideMark }[] {
  return rows.flatMap((row, position) => row.asides.map((mark) => ({ position, mark })));
}

/** How the mood moved over the call, for the chart's summary sentence; null without turns. */
export function moodJourney(
  rows: readonly MoodRow[],
): { turns: number; first: Mood; last: Mood; asides: number } | null {
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return null;
  const asides = rows.reduce(
    (count, row) => count + row.asides.filter((mark) => mark.event === 'started').length,
    0,
  );
  return { turns: rows.length, first: first.mood, last: last.mood, asides };
}
