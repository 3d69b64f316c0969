import { createRandom } from '@/domain/random/seeded-random';

/** The "surprise me" choice in the persona list. */
export const SURPRISE = '__surprise__';

/**
 * The customer "surprise me" draws: seeded by the call's seed, so a replay meets the same one.
 * The draw depends on the list's order and length only (the setup page lists index entries).
 */
export function pickSurprisePersona<T>(personas: readonly T[], seed: number): T {
  return createRandom(seed).fork('surprise-persona').pick(personas);
}
