import { CRITERIA, type Criterion } from '../scoring/criteria';
import type { PairGap, SessionCalibration } from './calibration';

/** Agreement over many comparisons of two raters' scores. */
export interface AgreementStat {
  /** Pairs where both raters gave a score. */
  comparisons: number;
  /** Mean gap in points; null with no comparison. */
  meanGap: number | null;
  /** Pairs whose gap is over the limit. */
  flagged: number;
  /** Share of comparisons within the limit, 0–1; null with no comparison. */
  agreement: number | null;
}

export interface CalibrationReport {
  sessions: number;
  /** Per criterion: the automatic score against each lead, and lead against lead. */
  criteria: Record<Criterion, { autoVsLead: AgreementStat; leadVsLead: AgreementStat }>;
  /** Critical items judged by two raters: how often they said the same. */
  items: { autoVsLead: ItemStat; leadVsLead: ItemStat };
}

export interface ItemStat {
  comparisons: number;
  disagreements: number;
}

function stat(pairs: PairGap[]): AgreementStat {
  const measured = pairs.filter((pair) => pair.gap !== null);
  const flagged = measured.filter((pair) => pair.flagged).length;
  if (measured.length === 0) return { comparisons: 0, meanGap: null, flagged: 0, agreement: null };
  const total = measured.reduce((sum, pair) => sum + (pair.gap ?? 0), 0);
  return {
    comparisons: measured.length,
    meanGap: total / measured.length,
    flagged,
    agreement: (measured.length - flagged) / measured.length,
  };
}

const involvesAuto = (pair: PairGap) => pair.a.auto || pair.b.auto;

/** The calibration report over every calibrated session (those with at least one lead). */
export function calibrationReport(calibrated: readonly SessionCalibration[]): CalibrationReport {
  const withLeads = calibrated.filter((entry) => entry.raters.length > 1);
  const criteria = Object.fromEntries(
    CRITERIA.map((criterion) => {
      const pairs = withLeads.flatMap(
        (entry) => entry.criteria.find((c) => c.criterion === criterion)?.pairs ?? [],
      );
      return [
        criterion,
        {
          autoVsLead: stat(pairs.filter(involvesAuto)),
          leadVsLead: stat(pairs.filter((pair) => !involvesAuto(pair))),
        },
      ];
    }),
  ) as CalibrationReport['criteria'];
  const items = {
    autoVsLead: { comparisons: 0, disagreements: 0 },
    leadVsLead: { comparisons: 0, disagreements: 0 },
  };
  for (const entry of withLeads) {
    for (const item of entry.items) {
      const judged = item.verdicts.filter((verdict) => verdict.breached !== null);
      judged.forEach((first, index) => {
        for (const second of judged.slice(index + 1)) {
          const bucket =
            first.rater.auto || second.rater.auto ? items.autoVsLead : items.leadVsLead;
          bucket.comparisons += 1;
          if (first.breached !== second.breached) bucket.disagreements += 1;
        }
      });
    }
  }
  return { sessions: withLeads.length, criteria, items };
}
