import { CRITERIA, type Criterion } from '../scoring/criteria';
import type { PathStep, Recurrence, TrainingPath } from './training-path';

/** What a path needs to know of one played session, from Répéter's records or Revue's imports. */
export interface PathAttempt {
  scriptId: string;
  mode: string;
  startedAt: string;
  /** null: the call was not scored (abandoned, or an old export without score card). */
  scores: Record<Criterion, number | null> | null;
}

export interface StepProgress {
  step: PathStep;
  /** When it was passed in this cycle; null if not yet. */
  passedAt: string | null;
  /** Attempts of this step (same script and mode) in this cycle. */
  attempts: number;
}

export interface PathProgress {
  /** First day of the current cycle (yyyy-mm-dd); null before the path starts. */
  cycleStart: string | null;
  /** First day of the next cycle; null when the path does not recur. */
  nextCycle: string | null;
  steps: StepProgress[];
  /** Index of the first step not passed; null when all are. */
  next: number | null;
  passed: number;
}

const MONTHS: Record<Exclude<Recurrence, 'none' | 'weekly'>, number> = { monthly: 1, quarterly: 3 };

function addPeriods(start: string, recurrence: Recurrence, count: number): string {
  const date = new Date(`${start}T00:00:00.000Z`);
  if (recurrence === 'weekly') date.setUTCDate(date.getUTCDate() + 7 * count);
  else if (recurrence !== 'none') {
    // A path started on the 31st restarts on the last day of shorter months, never overflows.
    const day = date.getUTCDate();
    date.setUTCDate(1);
    date.setUTCMonth(date.getUTCMonth() + MONTHS[recurrence] * count);
    const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
    date.setUTCDate(Math.min(day, last));
  }
  return date.toISOString().slice(0, 10);
}

/** The cycle `today` (yyyy-mm-dd) falls in: its first day and the next cycle's. */
export function currentCycle(
  path: Pick<TrainingPath, 'startsOn' | 'recurrence'>,
  today: string,
): { start: string | null; next: string | null } {
  if (today < path.startsOn) return { start: null, next: path.startsOn };
  if (path.recurrence === 'none') return { start: path.startsOn, next: null };
  let count = 0;
  // Whole periods elapsed; a loop stays exact across months of different lengths.
  while (addPeriods(path.startsOn, path.recurrence, count + 1) <= today) count += 1;
  return {
    start: addPeriods(path.startsOn, path.recurrence, count),
    next: addPeriods(path.startsOn, path.recurrence, count + 1),
  };
}

/** Whether one attempt meets every threshold of a step (an unmeasured criterion does not). */
export function meetsStep(step: PathStep, attempt: PathAttempt): boolean {
  if (attempt.scriptId !== step.scriptId || attempt.mode !== step.mode) return false;
  if (!attempt.scores) return false;
  return CRITERIA.every((criterion) => {
    const minimum = step.thresholds[criterion];
    if (minimum === undefined) return true;
    const score = attempt.scores?.[criterion] ?? null;
    return score !== null && score >= minimum;
  });
}

/**
 * An agent's progress through a path in the cycle `today` falls in. Steps are passed in order:
 * a step counts only a session played after the previous step was passed.
 */
export function pathProgress(
  path: TrainingPath,
  attempts: readonly PathAttempt[],
  today: string,
): PathProgress {
  const cycle = currentCycle(path, today);
  const inCycle =
    cycle.start === null
      ? []
      : attempts
          .filter((attempt) => attempt.startedAt.slice(0, 10) >= (cycle.start as string))
          .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  let after = '';
  let blocked = false;
  const steps = path.steps.map((step) => {
    const tries = inCycle.filter((a) => a.scriptId === step.scriptId && a.mode === step.mode);
    const pass = blocked
      ? undefined
      : tries.find((attempt) => attempt.startedAt >= after && meetsStep(step, attempt));
    if (pass) after = pass.startedAt;
    else blocked = true;
    return { step, passedAt: pass?.startedAt ?? null, attempts: tries.length };
  });
  const next = steps.findIndex((step) => step.passedAt === null);
  return {
    cycleStart: cycle.start,
    nextCycle: cycle.next,
    steps,
    next: next < 0 ? null : next,
    passed: steps.filter((step) => step.passedAt !== null).length,
  };
}
