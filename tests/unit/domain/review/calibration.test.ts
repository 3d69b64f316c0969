import { describe, expect, it } from 'vitest';
import {
  autoBreached,
  calibrateSession,
  calibrationSchema,
  latestCalibrations,
  type Calibration,
} from '@/domain/review/calibration';
import { calibrationReport } from '@/domain/review/calibration-report';
import { toImportedSessions, type ImportedSession } from '@/domain/review/imported-session';
import { foldReview } from '@/domain/review/review-state';
import { bundledSession, sessionBundle } from '../../../fixtures/review/session-bundles';

const session = toImportedSessions(
  sessionBundle([bundledSession('s1')]) as never,
)[0] as ImportedSession;
const target = session.id;
const criterionOf = (result: ReturnType<typeof calibrateSession>, criterion: string) => {
  const found = result.criteria.find((c) => c.criterion === criterion);
  if (!found) throw new Error(`no ${criterion}`);
  return found;
};
const RULES = ['insult', 'tone.banned'];

function calibration(
  author: { id: string; name: string },
  scores: Partial<Calibration['scores']>,
  overrides: Partial<Calibration> = {},
): Calibration {
  return {
    kind: 'calibration',
    schemaVersion: 1,
    id: `calibration:${author.id}:${overrides.createdAt ?? '1'}`,
    createdAt: '2026-11-05T10:00:00.000Z',
    author,
    session: target,
    scores: { compliance: 100, brandTone: 80, recovery: null, adherence: 90, ...scores },
    criticalItems: [
      { rule: 'insult', breached: false },
      { rule: 'tone.banned', breached: true },
    ],
    comment: '',
    ...overrides,
  };
}

const nadia = { id: 'lead-nadia', name: 'Nadia Lefort' };
const paul = { id: 'lead-paul', name: 'Paul Aubert' };

describe('calibration of one session', () => {
  it('keeps the calibration document to its schema (scores 0–100 or not measured)', () => {
    expect(calibrationSchema.safeParse(calibration(nadia, {})).success).toBe(true);
    expect(calibrationSchema.safeParse(calibration(nadia, { brandTone: 101 })).success).toBe(false);
    expect(calibrationSchema.safeParse(calibration(nadia, { brandTone: 72.5 })).success).toBe(
      false,
    );
  });

  it('compares the automatic score with each lead and the leads with each other, flagging gaps over 10', () => {
    // The fixture's automatic scores: compliance 100, brand tone 80, recovery not measured, adherence 90.
    const result = calibrateSession(
      session,
      [calibration(nadia, { brandTone: 69 }), calibration(paul, { brandTone: 75, adherence: 70 })],
      RULES,
    );
    expect(result.raters.map((rater) => rater.id)).toEqual(['auto', 'lead-nadia', 'lead-paul']);
    const tone = criterionOf(result, 'brandTone');
    expect(tone.pairs.map((pair) => [pair.a.id, pair.b.id, pair.gap, pair.flagged])).toEqual([
      ['auto', 'lead-nadia', 11, true],
      ['auto', 'lead-paul', 5, false],
      ['lead-nadia', 'lead-paul', 6, false],
    ]);
    expect(tone.flagged).toBe(true);
    const adherence = criterionOf(result, 'adherence');
    expect(adherence.pairs.map((pair) => pair.gap)).toEqual([0, 20, 20]);
    // Exactly 10 points apart is still agreement.
    const edge = calibrateSession(session, [calibration(nadia, { brandTone: 70 })], RULES);
    expect(criterionOf(edge, 'brandTone').flagged).toBe(false);
    const recovery = criterionOf(result, 'recovery');
    expect(recovery.pairs.every((pair) => pair.gap === null && !pair.flagged)).toBe(true);
  });

  it('compares critical items: the automatic finding against each lead’s pass or breach', () => {
    expect(autoBreached(session, 'tone.banned')).toBe(true);
    expect(autoBreached(session, 'insult')).toBe(false);
    const result = calibrateSession(
      session,
      [
        calibration(nadia, {}),
        calibration(
          paul,
          {},
          {
            criticalItems: [{ rule: 'insult', breached: true }],
          },
        ),
      ],
      RULES,
    );
    expect(result.items.map((item) => [item.rule, item.agree])).toEqual([
      ['insult', false],
      ['tone.banned', true],
    ]);
    // Paul did not judge « tone.banned »: his silence is not a disagreement.
    expect(result.items[1]?.verdicts.map((v) => v.breached)).toEqual([true, true, null]);
  });

  it('counts only each lead’s latest calibration of a session', () => {
    const first = calibration(
      nadia,
      { brandTone: 50 },
      { id: 'c1', createdAt: '2026-11-05T10:00:00.000Z' },
    );
    const second = calibration(
      nadia,
      { brandTone: 78 },
      { id: 'c2', createdAt: '2026-11-05T11:00:00.000Z' },
    );
    expect(latestCalibrations([second, first]).map((c) => c.id)).toEqual(['c2']);
    const result = calibrateSession(session, [second, first], RULES);
    expect(result.raters).toHaveLength(2);
  });

  it('never counts in the session’s review: adjustments and verdict ignore calibrations', () => {
    const state = foldReview([calibration(nadia, { brandTone: 10 })] as never);
    expect(state).toEqual({ notes: [], adjustments: {}, verdict: null, responses: [] });
  });
});

describe('calibration report', () => {
  it('sums agreement per criterion over calibrated sessions, auto vs lead apart from lead vs lead', () => {
    const calibrated = calibrateSession(
      session,
      [calibration(nadia, { brandTone: 69 }), calibration(paul, { brandTone: 75, adherence: 70 })],
      RULES,
    );
    const alone = calibrateSession(session, [], RULES);
    const report = calibrationReport([calibrated, alone]);
    expect(report.sessions).toBe(1);
    expect(report.criteria.brandTone.autoVsLead).toEqual({
      comparisons: 2,
      meanGap: 8,
      flagged: 1,
      agreement: 0.5,
    });
    expect(report.criteria.brandTone.leadVsLead).toEqual({
      comparisons: 1,
      meanGap: 6,
      flagged: 0,
      agreement: 1,
    });
    expect(report.criteria.recovery.autoVsLead.comparisons).toBe(0);
    expect(report.criteria.recovery.autoVsLead.agreement).toBeNull();
    expect(report.items.autoVsLead).toEqual({ comparisons: 4, disagreements: 0 });
  });
});
