/**
 * The only source of chance in the domain. Every draw of the simulation goes through a `Random`
 * built from a seed, so the same seed and the same agent lines replay the same call.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, maxExclusive). */
  int(maxExclusive: number): number;
  /** True with probability `p` (clamped to [0, 1]). */
  chance(p: number): boolean;
  /** One item, uniformly; throws on an empty list (a caller bug, not bad input). */
  pick<T>(items: readonly T[]): T;
  /** One item, with probability proportional to its weight (weights ≤ 0 are never picked). */
  pickWeighted<T>(items: readonly T[], weight: (item: T) => number): T;
  /** An independent generator for a named purpose, so adding draws in one place does not
   * shift every later draw elsewhere. */
  fork(label: string): Random;
}

/** 32-bit FNV-1a hash of a string: turns seeds like "generale:facturation" into numbers. */
export function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Builds a seeded generator (mulberry32) from a number or a string seed. */
export function createRandom(seed: number | string): Random {
  const numericSeed = typeof seed === 'number' ? seed >>> 0 : hashSeed(seed);
  const draw = mulberry32(numericSeed);
  const random: Random = {
    next: draw,
    int: (maxExclusive) => Math.floor(draw() * Math.max(0, Math.floor(maxExclusive))),
    chance: (p) => draw() < Math.min(1, Math.max(0, p)),
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick() from an empty list');
      return items[Math.floor(draw() * items.length)] as (typeof items)[number];
    },
    pickWeighted: (items, weight) => {
      const weights = items.map((item) => Math.max(0, weight(item)));
      const total = weights.reduce((sum, w) => sum + w, 0);
      if (items.length === 0) throw new RangeError('pickWeighted() from an empty list');
      if (total === 0) return random.pick(items);
      let target = draw() * total;
      for (let i = 0; i < items.length; i += 1) {
        target -= weights[i] ?? 0;
        if (target < 0) return items[i] as (typeof items)[number];
      }
      return items[items.length - 1] as (typeof items)[number];
    },
    fork: (label) => createRandom(hashSeed(`${numericSeed}:${label}`)),
  };
  return random;
}
