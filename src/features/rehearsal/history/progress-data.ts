import type { SessionSummary } from '@/storage/session-record';

/** The criteria the progress chart follows, in the order it draws them. */
export const PROGRESS_CRITERIA = ['overall', 'brandTone', 'recovery'] as const;
export type ProgressCriterion = (typeof PROGRESS_CRITERIA)[number];

/** One scored call on the progress chart. */
export interface ProgressPoint {
  id: string;
  startedAt: string;
  scriptTitle: string;
  language: string;
  /** Each criterion out of 100; recovery is null when nothing derailed (not measured). */
  scores: Record<ProgressCriterion, number | null>;
  /** The overall grade as the debrief gives it. */
  outOf20: number;
  /** A compliance breach: the call did not count, whatever its other scores. */
  breached: boolean;
}

/** How a criterion moved over the last calls that measured it. */
export interface Trend {
  criterion: ProgressCriterion;
  /** Last score minus first score, in whole points. */
  delta: number;
  /** How many calls the trend spans (at least 2). */
  calls: number;
}

/** The ended, scored sessions as chart points, oldest first (the history lists newest first). */
export function progressPoints(sessions: readonly SessionSummary[]): ProgressPoint[] {
  const points: ProgressPoint[] = [];
  for (const session of sessions) {
    const card = session.scores;
    if (session.status !== 'ended' || !card) continue;
    points.push({
      id: session.id,
      startedAt: session.startedAt,
      scriptTitle: session.scriptTitle,
      language: session.language,
      scores: { overall: card.overall, brandTone: card.brandTone, recovery: card.recovery },
      outOf20: card.outOf20,
      breached: !card.compliant,
    });
  }
  return points.sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
}

/**
 * The change of one criterion from the first to the last of the `window` most recent calls that
 * measured it; null when fewer than two did (one point makes no trend).
 */
export function criterionTrend(
  points: readonly ProgressPoint[],
  criterion: ProgressCriterion,
  window = 5,
): Trend | null {
  const measured = points
    .map((point) => point.scores[criterion])
    .filter((score): score is number => score !== null)
    .slice(-window);
  const first = measured[0];
  const last = measured.at(-1);
  if (measured.length < 2 || first === undefined || last === undefined) return null;
  return { criterion, delta: Math.round(last - first), calls: measured.length };
}

// Built once per language and zone: the chart draws again whenever the history's counts arrive.
const axisFormatCache = new Map<string, { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();
function axisFormats(language: string, timeZone: string | undefined) {
  const key = `${language}|${timeZone ?? ''}`;
  let formats = axisFormatCache.get(key);
  if (!formats) {
    const zone = timeZone ? { timeZone } : {};
    formats = {
      day: new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', ...zone }),
      time: new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', ...zone }),
    };
    axisFormatCache.set(key, formats);
  }
  return formats;
}

/**
 * A label per point for the time axis: the day when it changes from the point before, the time
 * when several calls fall on the same day.
 */
export function timeLabels(
  points: readonly Pick<ProgressPoint, 'startedAt'>[],
  language: string,
  timeZone?: string,
): string[] {
  const { day, time } = axisFormats(language, timeZone);
  return points.map((point, index) => {
    const date = new Date(point.startedAt);
    const previous = points[index - 1];
    const sameDay = previous && day.format(new Date(previous.startedAt)) === day.format(date);
    return sameDay ? time.format(date) : day.format(date);
  });
}

/** A score change with its sign, as a trend sentence says it: "+12", "−8" (minus sign), "0". */
export function signedPoints(delta: number): string {
  if (delta > 0) return `+${delta}`;
  if (delta < 0) return `\u2212${Math.abs(delta)}`;
  return '0';
}
