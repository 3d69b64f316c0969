import { describe, expect, it } from 'vitest';
import { lengthenKeys, shortenKeys } from '@/storage/packed-keys';
import { packSession, unpackRecord, unpackSession } from '@/storage/packed-session';
import { summaryOf } from '@/storage/session-summary-record';
import { playExampleCall, POLITE_CALL, politeCall, RUDE_CALL } from '../rehearsal/played-call';
import { storedSession } from '../rehearsal/stored-session';

const at = { startedAt: '2026-10-01T09:00:00.000Z' };
const calls = {
  polite: storedSession(playExampleCall(8, 'filage', POLITE_CALL), { id: 'polite', ...at }),
  rude: storedSession(playExampleCall(8, 'filage', RUDE_CALL), { id: 'rude', ...at }),
  generale: storedSession(playExampleCall(3, 'generale', politeCall(12)), { id: 'g', ...at }),
};
const size = (value: unknown) => JSON.stringify(value).length;

describe('a finished call packed into one row', () => {
  it.each(Object.entries(calls))(
    'gives the %s call back exactly, field order included',
    (_, call) => {
      expect(call.record.status).not.toBe('in_progress');
      const packed = packSession(call.record, call.turns);
      expect(packed).not.toBeNull();
      if (!packed) return;
      // What IndexedDB keeps is a structured clone of the row.
      const back = unpackSession(structuredClone(packed));
      expect(back).toEqual(call);
      expect(JSON.stringify(back)).toBe(JSON.stringify(call));
      // Lists read the record alone, from the turns' words only.
      expect(JSON.stringify(unpackRecord(structuredClone(packed)))).toBe(
        JSON.stringify(call.record),
      );
    },
  );

  it('stores each call in under 60 % of the record and turn rows it replaces', () => {
    for (const call of Object.values(calls)) {
      const packed = packSession(call.record, call.turns);
      const plain = size(call.record) + call.turns.reduce((sum, row) => sum + size(row), 0);
      expect(size(packed) + size(summaryOf(call.record))).toBeLessThan(
        0.6 * (plain + size(summaryOf(call.record))),
      );
    }
  });

  it('points at the customer lines and findings instead of copying them', () => {
    const packed = JSON.stringify(packSession(calls.rude.record, calls.rude.turns));
    const customer = calls.rude.turns.filter((row) => row.turn.speaker === 'customer');
    for (const row of customer) {
      // Once in the transcript, not again in the engine's memory.
      expect(packed.split(JSON.stringify(row.turn.text)).length - 1).toBe(1);
    }
    // The card's better lines repeat for each finding of a rule: kept once each.
    const better = new Set(calls.rude.record.scoreCard?.findings.map((finding) => finding.better));
    expect(better.size).toBeGreaterThan(1);
    for (const line of better) expect(packed.split(JSON.stringify(line)).length - 1).toBe(1);
  });

  it('leaves unfinished calls and turns of another shape to their plain rows', () => {
    const open = storedSession(playExampleCall(9, 'repetition', politeCall(2)), {
      id: 'open',
      ...at,
    });
    expect(open.record.status).toBe('in_progress');
    expect(packSession(open.record, open.turns)).toBeNull();
    const { record, turns } = calls.polite;
    expect(packSession(record, turns.slice(1))).toBeNull();
    const odd = turns.map((row, index) =>
      index === 2 ? { ...row, turn: { ...row.turn, moves: undefined } } : row,
    );
    expect(packSession(record, odd as typeof turns)).toBeNull();
    const foreign = turns.map((row) => ({ ...row, sessionId: 'another' }));
    expect(packSession(record, foreign)).toBeNull();
  });
});

describe('shortened field names', () => {
  it('keep their codes (stored calls depend on them) and escape names that look like codes', () => {
    expect(shortenKeys({ irritation: 1, trust: 2, patience: 3, points: 4 })).toEqual({
      a: 1,
      b: 2,
      c: 3,
      j1: 4,
    });
    const value = { a: [{ '~b': null, irritation: { id: 'x' } }], notListed: 1, f7: 'y', $: 0 };
    expect(shortenKeys(value)).toEqual({
      '~a': [{ '~~b': null, a: { h: 'x' } }],
      notListed: 1,
      '~f7': 'y',
      '~$': 0,
    });
    expect(lengthenKeys(shortenKeys(value))).toEqual(value);
  });
});
