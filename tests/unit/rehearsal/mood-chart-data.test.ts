import { describe, expect, it } from 'vitest';
import {
  moodJourney,
  moodRows,
  positionedAsides,
} from '@/features/rehearsal/debrief/mood-chart-data';
import {
  ESCALATING_CALL,
  INTERRUPTED_CALL,
  playExampleCall,
  POLITE_CALL,
  STALLING_CALL,
} from './played-call';

// Whole calls through the real analyser: training it takes a few seconds on a busy machine.
describe('the debrief mood series', { timeout: 60_000 }, () => {
  it('follows every turn of a real call with its mood and marks the interruption', () => {
    const session = playExampleCall(INTERRUPTED_CALL.seed, INTERRUPTED_CALL.mode, POLITE_CALL);
    expect(session.outcome?.code).toBe('resolved');
    const rows = moodRows(session.transcript);
    expect(rows.map((row) => row.turn)).toEqual(session.transcript.map((t) => t.index + 1));
    expect(rows.map((row) => row.speaker)).toEqual(session.transcript.map((t) => t.speaker));
    rows.forEach((row, index) => {
      const mood = session.transcript[index]?.mood;
      expect(row.mood.irritation).toBe(Math.round(mood?.irritation ?? NaN));
      expect(row.mood.trust).toBe(Math.round(mood?.trust ?? NaN));
      expect(row.mood.patience).toBe(Math.round(mood?.patience ?? NaN));
    });
    expect(positionedAsides(rows)).toEqual([
      { position: 1, mark: { event: 'started', aside: 'interruption' } },
      { position: 3, mark: { event: 'handled', aside: 'interruption' } },
    ]);
    const journey = moodJourney(rows);
    expect(journey).toEqual({
      turns: session.transcript.length,
      first: rows[0]?.mood,
      last: rows.at(-1)?.mood,
      asides: 1,
    });
    // Recovered: the customer ends calmer than after the greeting.
    expect(journey?.last.irritation).toBeLessThan(journey?.first.irritation ?? 0);
  });

  it('marks an aside that escalates into another, turn by turn', () => {
    const session = playExampleCall(ESCALATING_CALL.seed, ESCALATING_CALL.mode, STALLING_CALL);
    const rows = moodRows(session.transcript);
    expect(positionedAsides(rows)).toEqual([
      { position: 1, mark: { event: 'started', aside: 'interruption' } },
      { position: 3, mark: { event: 'handled', aside: 'interruption' } },
      { position: 9, mark: { event: 'started', aside: 'manager_demand' } },
      {
        position: 13,
        mark: { event: 'escalated', aside: 'manager_demand', to: 'legal_threat' },
      },
    ]);
    expect(rows[3]?.turn).toBe(4);
    expect(moodJourney(rows)?.asides).toBe(2);
  });

  it('has nothing to draw before the first turn', () => {
    expect(moodRows([])).toEqual([]);
    expect(moodJourney([])).toBeNull();
    expect(positionedAsides([])).toEqual([]);
  });
});
