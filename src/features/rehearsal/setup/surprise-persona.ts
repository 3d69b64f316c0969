import { createRandom } from '@/domain/random/seeded-random';
import type { Persona } from '@/domain/script/persona-schema';

/** The "surprise me" choice in the persona list. */
export const SURPRISE = '__surprise__';

/** The customer "surprise me" draws: seeded by the call's seed, so a replay meets the same one. */
export function pickSurprisePersona(personas: readonly Persona[], seed: number): Persona {
  return createRandom(seed).fork('surprise-persona').pick(personas);
}
