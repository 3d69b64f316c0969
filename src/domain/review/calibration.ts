import '../script/zod-config';
import { z } from 'zod';
import { CRITERIA, type Criterion } from '../scoring/criteria';
import type { Rubric } from '../scoring/rubric-schema';
import type { ImportedSession } from './imported-session';
import { criterionScore } from './team-summary';

const id = z.string().min(1).max(300);
const humanScore = z.int().min(0).max(100).nullable();

/**
 * One lead's blind scoring of one session on the rubric's criteria and critical items. It is a
 * document of its own, append-only, kept apart from adjustments: a calibration never changes what
 * an agent is credited with and never travels to the agent (NF345-style calibration practice).
 */
export const calibrationSchema = z.object({
  kind: z.literal('calibration'),
  schemaVersion: z.literal(1),
  id,
  createdAt: z.iso.datetime({ offset: true }),
  author: z.object({ id, name: z.string().max(100) }),
  /** The imported session's document id. */
  session: id,
  /** null: the lead judged the criterion not measurable on this call (recovery with no aside). */
  scores: z.object({
    compliance: humanScore,
    brandTone: humanScore,
    recovery: humanScore,
    adherence: humanScore,
  }),
  criticalItems: z
    .array(z.object({ rule: z.string().min(1).max(100), breached: z.boolean() }))
    .max(50),
  comment: z.string().max(2_000),
});

export type Calibration = z.infer<typeof calibrationSchema>;

/** Past this gap (in points, strictly) two raters disagree on a criterion. */
export const CALIBRATION_GAP = 10;

export interface Rater {
  /** 'auto' for the automatic score, else the lead's profile id. */
  id: string;
  name: string;
  auto: boolean;
}

export interface PairGap {
  a: Rater;
  b: Rater;
  /** |a − b| in points; null when one of them did not measure the criterion. */
  gap: number | null;
  flagged: boolean;
}

export interface CriterionCalibration {
  criterion: Criterion;
  scores: { rater: Rater; score: number | null }[];
  pairs: PairGap[];
  flagged: boolean;
}

export interface ItemCalibration {
  rule: string;
  verdicts: { rater: Rater; breached: boolean | null }[];
  /** Every rater who judged the item said the same thing. */
  agree: boolean;
}

export interface SessionCalibration {
  session: ImportedSession;
  raters: Rater[];
  criteria: CriterionCalibration[];
  items: ItemCalibration[];
  comments: { rater: Rater; comment: string }[];
}

export const AUTO_RATER: Rater = { id: 'auto', name: 'auto', auto: true };

/** The rubric's critical items (the rules whose breach makes a call fail), in rubric order. */
export function criticalRules(rubric: Rubric): string[] {
  return Object.entries(rubric.rules)
    .filter(([, rule]) => rule.severity === 'critical')
    .map(([ruleId]) => ruleId);
}

/** Whether the automatic scoring found this critical item breached on the call. */
export function autoBreached(session: ImportedSession, rule: string): boolean {
  const card = session.scoreCard;
  if (!card) return false;
  const breaches = (card.compliance as { breaches?: { rule?: unknown }[] }).breaches ?? [];
  return (
    card.findings.some((finding) => finding.rule === rule) ||
    breaches.some((breach) => breach.rule === rule)
  );
}

const byTime = (a: Calibration, b: Calibration) =>
  a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : a.createdAt.localeCompare(b.createdAt);

/** Each lead's latest calibration of each session (documents are append-only). */
export function latestCalibrations(calibrations: readonly Calibration[]): Calibration[] {
  const latest = new Map<string, Calibration>();
  for (const calibration of [...calibrations].sort(byTime))
    latest.set(`${calibration.session}\n${calibration.author.id}`, calibration);
  return [...latest.values()];
}

function pairsOf(scores: { rater: Rater; score: number | null }[], gapLimit: number): PairGap[] {
  const pairs: PairGap[] = [];
  scores.forEach((first, index) => {
    for (const second of scores.slice(index + 1)) {
      const gap =
        first.score === null || second.score === null ? null : Math.abs(first.score - second.score);
      pairs.push({ a: first.rater, b: second.rater, gap, flagged: gap !== null && gap > gapLimit });
    }
  });
  return pairs;
}

/**
 * One session's calibration: the automatic score and every lead's blind score per criterion and
 * critical item, each pair's gap, and the gaps over `gapLimit` flagged.
 */
export function calibrateSession(
  session: ImportedSession,
  calibrations: readonly Calibration[],
  rules: readonly string[],
  gapLimit = CALIBRATION_GAP,
): SessionCalibration {
  const mine = latestCalibrations(calibrations.filter((c) => c.session === session.id)).sort(
    (a, b) => a.author.name.localeCompare(b.author.name) || a.author.id.localeCompare(b.author.id),
  );
  const leads = mine.map((c) => ({ rater: { ...c.author, auto: false }, calibration: c }));
  const raters = [AUTO_RATER, ...leads.map((lead) => lead.rater)];
  const criteria = CRITERIA.map((criterion) => {
    const scores = [
      { rater: AUTO_RATER, score: criterionScore(session, criterion) },
      ...leads.map(({ rater, calibration }) => ({
        rater,
        score: calibration.scores[criterion],
      })),
    ];
    const pairs = pairsOf(scores, gapLimit);
    return { criterion, scores, pairs, flagged: pairs.some((pair) => pair.flagged) };
  });
  const items = rules.map((rule) => {
    const verdicts = [
      { rater: AUTO_RATER, breached: session.scoreCard ? autoBreached(session, rule) : null },
      ...leads.map(({ rater, calibration }) => ({
        rater,
        breached: calibration.criticalItems.find((item) => item.rule === rule)?.breached ?? null,
      })),
    ];
    const judged = new Set(verdicts.map((v) => v.breached).filter((v) => v !== null));
    return { rule, verdicts, agree: judged.size <= 1 };
  });
  return {
    session,
    raters,
    criteria,
    items,
    comments: leads
      .filter(({ calibration }) => calibration.comment.trim() !== '')
      .map(({ rater, calibration }) => ({ rater, comment: calibration.comment })),
  };
}
