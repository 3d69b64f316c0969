import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scoreSession } from '@/domain/scoring/score-session';
import type { ScoreCard } from '@/domain/scoring/score-card.types';
import {
  defaultRubric,
  playGolden,
  type GoldenSession,
} from '../../../fixtures/golden-sessions/golden-player';

interface Labels {
  sessions: Record<string, GoldenSession>;
  orderings: {
    criterion: 'brandTone' | 'recovery' | 'overall';
    better: string;
    worse: string;
    knownMiss?: string;
  }[];
  compliance: Record<string, boolean>;
  findings: { session: string; rule: string; turn: number; quote?: string }[];
  absent: { session: string; rule: string; turn?: number }[];
}

const labels = JSON.parse(
  readFileSync(join(process.cwd(), 'tests/fixtures/golden-sessions/labels.json'), 'utf8'),
) as Labels;

const cards = new Map<string, ScoreCard>();
const card = (id: string): ScoreCard => {
  const found = cards.get(id);
  if (!found) throw new Error(`No golden session "${id}" in labels.json`);
  return found;
};
const value = (scores: ScoreCard, criterion: Labels['orderings'][number]['criterion']) =>
  criterion === 'overall' ? scores.overall.score : scores[criterion];

// Played once through the real engine and the real analyser, with the seeds the labels fix.
beforeAll(() => {
  const rubric = defaultRubric();
  for (const [id, golden] of Object.entries(labels.sessions)) {
    const { session, brand } = playGolden(golden);
    cards.set(id, scoreSession(session, rubric, brand));
  }
}, 120_000);

describe('golden sessions', () => {
  it('cover at least 20 agent-line files across at least five library scripts', () => {
    const sessions = Object.values(labels.sessions);
    expect(new Set(sessions.map((s) => s.agent)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(sessions.map((s) => s.script)).size).toBeGreaterThanOrEqual(5);
  });

  const ranked = (o: Labels['orderings'][number]) => {
    const high = value(card(o.better), o.criterion);
    const low = value(card(o.worse), o.criterion);
    return high !== null && low !== null && high > low;
  };

  it.each(labels.orderings.filter((o) => !o.knownMiss))(
    '$criterion: $better ranks above $worse',
    (ordering) => {
      const { criterion, better, worse } = ordering;
      const detail = `${better} ${String(value(card(better), criterion))} vs ${worse} ${String(value(card(worse), criterion))}`;
      expect(ranked(ordering), detail).toBe(true);
    },
  );

  it('agrees with the trainer on at least 90 % of the labelled pairs', () => {
    const agreed = labels.orderings.filter(ranked).length;
    expect(agreed / labels.orderings.length).toBeGreaterThanOrEqual(0.9);
  });

  it.each(Object.entries(labels.compliance))('%s: compliance passed is %s', (id, passed) => {
    const scores = card(id);
    expect(scores.compliance.passed).toBe(passed);
    if (!passed) expect(scores.overall.score).toBe(0);
  });

  it.each(labels.findings)('$session: $rule at turn $turn', ({ session, rule, turn, quote }) => {
    const hits = card(session).findings.filter((f) => f.rule === rule && f.turn === turn);
    expect(hits.map((f) => f.rule)).toContain(rule);
    if (quote) expect(hits.map((f) => f.quote)).toContain(quote);
  });

  it.each(labels.absent)('$session: no $rule (turn $turn)', ({ session, rule, turn }) => {
    const hits = card(session).findings.filter(
      (f) => f.rule === rule && (turn === undefined || f.turn === turn),
    );
    expect(hits).toEqual([]);
  });

  it('gives every finding a turn, a quote, a why and a better line, and sums each criterion', () => {
    for (const [id, scores] of cards) {
      for (const finding of scores.findings) {
        expect(Number.isInteger(finding.turn), id).toBe(true);
        expect(finding.quote.trim(), `${id} ${finding.rule}`).not.toBe('');
        expect(finding.why.trim(), `${id} ${finding.rule}`).not.toBe('');
        expect(finding.better.trim(), `${id} ${finding.rule}`).not.toBe('');
      }
      const sum = (criterion: string) =>
        scores.findings.filter((f) => f.criterion === criterion).reduce((s, f) => s + f.points, 0);
      expect(100 + sum('brandTone'), id).toBe(scores.brandTone);
      expect(100 + sum('adherence'), id).toBe(scores.adherence.score);
      expect(100 + sum('compliance'), id).toBe(scores.compliance.score);
      if (scores.recovery === null) expect(sum('recovery'), id).toBe(0);
      else expect(100 + sum('recovery'), id).toBe(scores.recovery);
    }
  });

  it('writes notes in the script language: English for English scripts', () => {
    const english = card('billing-rude').findings.find((f) => f.rule === 'blame');
    expect(english?.why).toMatch(/describe the facts/u);
    const french = card('date-rude').findings.find((f) => f.rule === 'blame');
    expect(french?.why).toMatch(/on décrit les faits/u);
  });
});
