import type { TFunction } from 'i18next';
import { formatOutOf20 } from '@/ui/score-scale';

// One formatter per language, shared with the rest of the app: building one per row is what
// made long lists slow.
export { formatDateTime } from '@/ui/format-date-time';
// The one /20 scale lives in ui/ so Revue reads scores the same way.
export { formatOutOf20, formatSignedOn20, onTwenty } from '@/ui/score-scale';

/** Seconds as m:ss (or h:mm:ss), the way a call timer reads. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
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
