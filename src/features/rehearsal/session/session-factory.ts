import type { RehearsalMode } from '@/domain/customer/customer.types';
import { hashSeed } from '@/domain/random/seeded-random';
import type { Script } from '@/domain/script/script-schema';

/** The Générale's published seed: the same call for every agent, per script version. */
export function generaleSeed(script: Pick<Script, 'id' | 'version'>): number {
  return hashSeed(`generale:${script.id}@${script.version}`);
}

/** A fresh seed for a new try; the Générale always uses its published one. */
export function seedFor(mode: RehearsalMode, script: Pick<Script, 'id' | 'version'>): number {
  if (mode === 'generale') return generaleSeed(script);
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}
