// Issue 13 item 7 floors, on calls played through the real engine (the synthetic sessions of
// scoring-words.test.ts check the rules; these check what a rehearsal really produces): a call
// of gibberish, a silent call and a call the agent hangs up mid-way land in the lowest band; a
// call left right after the customer demands a manager never scores 20/20 and scores below the
// same call handled to its end.
import { describe, expect, it } from 'vitest';
import { loadPairs, playAndScore, seedsReaching } from '../../../tools/scoring-pairs';

const file = loadPairs();
const LOWEST = 50;

describe('floors on played calls (issue 13, item 7)', () => {
  it.each(['date', 'billing', 'colis'])(
    'gibberish, silence and a hang-up land in the lowest band (%s)',
    (id) => {
      const base = file.bases[id];
      if (!base) throw new Error(`no base ${id}`);
      const gibberish = ['azerty qsdf blabla', 'hmm euh ben', 'xkcd lol'];
      const silent = ['/silence 30'];
      const opening = Object.keys(base.say).find((key) => key.startsWith('step:')) ?? '';
      for (const lines of [gibberish, silent]) {
        const { card } = playAndScore(base, base.seed, base.say, {
          at: opening,
          every: true,
          lines,
        });
        expect(card.overall.score, `${id}: ${lines[0]}`).toBeLessThan(LOWEST);
        // Nor do they pass compliance: the recording notice was owed even when nothing was said.
        expect(card.compliance.breaches.length, `${id}: ${lines[0]}`).toBeGreaterThan(0);
      }
      // Hanging up after the greeting, whatever the customer said.
      const hungUp = playAndScore(base, base.seed, base.say, {
        at: opening,
        lines: [[base.say[opening]?.[0] ?? []].flat()[0] ?? '', '/hangup'],
      }).card;
      expect(hungUp.overall.score, `${id}: hang-up`).toBeLessThan(LOWEST);
    },
    60_000,
  );

  // Bases whose customer demands a manager at some seed. Anger needs irritation first (issue
  // 12, item 4): a calm or wary customer handled well never demands one — asserted below.
  it.each(['billing', 'furieux'])(
    'leaving the call right after a manager demand is never 20/20 (%s)',
    (id) => {
      const base = file.bases[id];
      if (!base) throw new Error(`no base ${id}`);
      const moment = { at: 'aside:manager_demand' };
      const seeds = seedsReaching({ ...base, seed: 1 }, moment, ['x'], 2);
      expect(seeds.length, 'a manager demand happens at some seed').toBeGreaterThan(0);
      for (const seed of seeds) {
        const left = playAndScore(base, seed, base.say, { ...moment, lines: [] }).card;
        const held = playAndScore(base, seed, base.say).card;
        expect(left.overall.outOf20, `seed ${seed}`).toBeLessThan(20);
        expect(left.overall.score, `seed ${seed}`).toBeLessThan(held.overall.score);
        expect(left.findings.map((f) => f.rule)).toContain('call_lost');
      }
    },
    120_000,
  );

  it.each(['colis', 'double'])(
    'a calm or wary customer handled well never demands a manager (%s)',
    (id) => {
      const base = file.bases[id];
      if (!base) throw new Error(`no base ${id}`);
      const seeds = seedsReaching({ ...base, seed: 1 }, { at: 'aside:manager_demand' }, ['x'], 1);
      expect(seeds).toEqual([]);
    },
    120_000,
  );
});
