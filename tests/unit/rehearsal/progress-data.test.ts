import { describe, expect, it } from 'vitest';
import {
  criterionTrend,
  progressPoints,
  signedPoints,
  timeLabels,
  type ProgressPoint,
} from '@/features/rehearsal/history/progress-data';
import {
  INTERRUPTED_CALL,
  playExampleCall,
  politeCall,
  POLITE_CALL,
  RUDE_CALL,
} from './played-call';
import { summaryOf } from '@/storage/session-summary-record';
import { storedSession } from './stored-session';

function point(id: string, overall: number, brandTone: number, recovery: number | null) {
  return {
    id,
    startedAt: `2026-11-${id.padStart(2, '0')}T10:00:00.000Z`,
    scriptTitle: 'Exemple',
    language: 'fr',
    scores: { overall, brandTone, recovery },
    outOf20: overall / 5,
    breached: false,
  } satisfies ProgressPoint;
}

// Real calls through the real analyser and the library's rubric: a few seconds.
describe('progress over time', { timeout: 60_000 }, () => {
  it('turns the ended, scored sessions into points, oldest first, breaches marked', () => {
    const resolved = storedSession(playExampleCall(8, 'filage', POLITE_CALL), {
      id: 'resolved',
      startedAt: '2026-11-20T10:00:00.000Z',
    }).record;
    const rude = storedSession(playExampleCall(8, 'filage', RUDE_CALL), {
      id: 'rude',
      startedAt: '2026-11-22T10:00:00.000Z',
    }).record;
    const interrupted = storedSession(
      playExampleCall(INTERRUPTED_CALL.seed, INTERRUPTED_CALL.mode, POLITE_CALL),
      { id: 'interrupted', startedAt: '2026-11-24T10:00:00.000Z' },
    ).record;
    const unfinished = storedSession(playExampleCall(8, 'filage', politeCall(2)), {
      id: 'unfinished',
      startedAt: '2026-11-26T10:00:00.000Z',
    }).record;
    expect(unfinished.status).toBe('in_progress');

    const points = progressPoints([unfinished, interrupted, rude, resolved].map(summaryOf));
    expect(points.map((p) => p.id)).toEqual(['resolved', 'rude', 'interrupted']);
    const [first, second, third] = points;
    // The polite call: full marks, nothing derailed so recovery is not measured.
    expect(first?.scores).toEqual({ overall: 100, brandTone: 100, recovery: null });
    expect(first?.outOf20).toBe(20);
    expect(first?.breached).toBe(false);
    // The rude call forgot the recording notice: a compliance breach.
    expect(second?.breached).toBe(true);
    expect(second?.scores.brandTone).toBe(rude.scoreCard?.brandTone);
    expect(third?.scores.recovery).toBe(interrupted.scoreCard?.recovery);
    expect(third?.scores.recovery).toEqual(expect.any(Number));

    const overall = criterionTrend(points, 'overall');
    expect(overall).toEqual({
      criterion: 'overall',
      delta: (interrupted.scoreCard?.overall.score ?? NaN) - 100,
      calls: 3,
    });
    // Recovery is measured on the calls that derailed only (the rude one and the interrupted one).
    expect(criterionTrend(points, 'recovery')).toEqual({
      criterion: 'recovery',
      delta: (interrupted.scoreCard?.recovery ?? NaN) - (rude.scoreCard?.recovery ?? NaN),
      calls: 2,
    });
    expect(criterionTrend(points.slice(0, 2), 'recovery')).toBeNull();
  });

  it('measures a trend over the last calls that measured the criterion', () => {
    const points = [
      point('1', 40, 50, 20),
      point('2', 50, 55, null),
      point('3', 60, 60, 35),
      point('4', 62, 58, null),
      point('5', 70, 70, 30),
      point('6', 71.6, 75, null),
      point('7', 80, 62, 50),
    ];
    expect(criterionTrend(points, 'overall')).toEqual({
      criterion: 'overall',
      delta: 20,
      calls: 5,
    });
    expect(criterionTrend(points, 'brandTone', 3)).toEqual({
      criterion: 'brandTone',
      delta: -8,
      calls: 3,
    });
    // Recovery skips the calls where nothing derailed.
    expect(criterionTrend(points, 'recovery')).toEqual({
      criterion: 'recovery',
      delta: 30,
      calls: 4,
    });
    expect(criterionTrend(points.slice(0, 1), 'overall')).toBeNull();
    expect(criterionTrend([], 'overall')).toBeNull();
    expect(
      criterionTrend([point('1', 50, 50, null), point('2', 50, 50, null)], 'brandTone'),
    ).toEqual({ criterion: 'brandTone', delta: 0, calls: 2 });
  });

  it('writes a change with its sign', () => {
    expect(signedPoints(12)).toBe('+12');
    expect(signedPoints(-8)).toBe('\u22128');
    expect(signedPoints(0)).toBe('0');
  });

  it('labels the time axis by day, and by time when calls share a day', () => {
    const at = (startedAt: string) => ({ startedAt });
    const points = [
      at('2026-11-20T09:05:00.000Z'),
      at('2026-11-24T10:00:00.000Z'),
      at('2026-11-24T14:30:00.000Z'),
      at('2026-12-01T08:00:00.000Z'),
    ];
    expect(timeLabels(points, 'fr', 'UTC')).toEqual(['20 nov.', '24 nov.', '14:30', '1 déc.']);
    expect(timeLabels(points, 'en', 'UTC')).toEqual(['Nov 20', 'Nov 24', '02:30 PM', 'Dec 1']);
    expect(timeLabels([], 'fr', 'UTC')).toEqual([]);
  });
});
