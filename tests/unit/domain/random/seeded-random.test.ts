import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, hashSeed } from '@/domain/random/seeded-random';

describe('seeded random', () => {
  it('replays the same sequence for the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const draws = (r: ReturnType<typeof createRandom>) =>
      Array.from({ length: 20 }, () => r.next());
    const first = draws(a);
    expect(draws(b)).toEqual(first);
    expect(draws(c)).not.toEqual(first);
  });

  it('accepts string seeds and forks independent streams', () => {
    expect(createRandom('generale:facturation').next()).toBe(
      createRandom(hashSeed('generale:facturation')).next(),
    );
    const root = createRandom(7);
    const lines = root.fork('lines');
    const lines2 = createRandom(7).fork('lines');
    expect(lines.next()).toBe(lines2.next());
    expect(root.fork('asides').next()).not.toBe(createRandom(7).fork('lines').next());
  });

  it('keeps draws in range for any seed', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 1000 }), (seed, max) => {
        const random = createRandom(seed);
        const value = random.next();
        const int = random.int(max);
        return value >= 0 && value < 1 && Number.isInteger(int) && int >= 0 && int < max;
      }),
    );
  });

  it('picks by weight and never picks a zero weight', () => {
    const random = createRandom(1);
    const counts = { a: 0, b: 0, c: 0 };
    const weights = { a: 3, b: 1, c: 0 } as const;
    for (let i = 0; i < 4000; i += 1) {
      counts[random.pickWeighted(['a', 'b', 'c'] as const, (item) => weights[item])] += 1;
    }
    expect(counts.c).toBe(0);
    expect(counts.a / counts.b).toBeGreaterThan(2.5);
    expect(counts.a / counts.b).toBeLessThan(3.5);
  });

  it('refuses to pick from nothing', () => {
    expect(() => createRandom(1).pick([])).toThrow(RangeError);
  });
});
