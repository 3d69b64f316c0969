import type { TFunction } from 'i18next';

// One formatter per language, shared with the rest of the app: building one per row is what
// made long lists slow.
export { formatDateTime } from '@/ui/format-date-time';

/** Seconds as m:ss (or h:mm:ss), the way a call timer reads. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** A 0–100 score on the app's one scale, out of 20 with one decimal (85 → 17, 67 → 13.4). */
export function onTwenty(score: number): number {
  return Math.round(score * 2) / 10;
}

// One number formatter per language too: a history row shows three scores.
const numberFormats = new Map<string, Intl.NumberFormat>();
function oneDecimal(language: string): Intl.NumberFormat {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
    numberFormats.set(language, format);
  }
  return format;
}

/** A number out of 20 as people read it in the language: « 13,4/20 », "13.4/20". */
export function formatOutOf20(outOf20: number, language: string): string {
  return `${oneDecimal(language).format(outOf20)}/20`;
}

/** Points on the /20 scale, always signed with a true minus: « +0,4 », « −1,6 ». */
export function formatSignedOn20(score: number, language: string): string {
  const value = onTwenty(Math.abs(score));
  const text = oneDecimal(language).format(value);
  if (value === 0) return text;
  return `${score > 0 ? '+' : '\u2212'}${text}`;
}

/** The grade ids of the default rubric, each with its label in both interface languages. */
const GRADE_IDS = ['tres-bien', 'bien', 'a-retravailler', 'insuffisant', 'non-conforme'] as const;
type GradeId = (typeof GRADE_IDS)[number];

function isKnownGrade(grade: string): grade is GradeId {
  return (GRADE_IDS as readonly string[]).includes(grade);
}

/**
 * The grade in the interface's language (a French call's « Bien » reads "Good" in English); a
 * custom rubric's own grade keeps the label it was written with.
 */
export function gradeLabel(t: TFunction, overall: { grade: string; label: string }): string {
  return isKnownGrade(overall.grade) ? t(`rehearsal.grades.${overall.grade}`) : overall.label;
}

/** « 13,4/20 — Bien »: the one way a call's grade reads, in the debrief, history and catalogue. */
export function formatGrade(
  t: TFunction,
  overall: { outOf20: number; grade: string; label: string },
  language: string,
): string {
  return t('rehearsal.history.grade', {
    score: formatOutOf20(overall.outOf20, language),
    label: gradeLabel(t, overall),
  });
}
