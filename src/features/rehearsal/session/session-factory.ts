import type { RehearsalMode } from '@/domain/customer/customer.types';
import { createAnalyser, type Analyser } from '@/domain/language/analyser';
import { redactAgentLine as redact } from '@/domain/language/redaction';
import { hashSeed } from '@/domain/random/seeded-random';
import type { BrandGuide } from '@/domain/script/brand-guide-schema';
import type { Script } from '@/domain/script/script-schema';
import type { SessionDependencies } from '@/domain/session/session.types';
import { installMoveModel } from './shipped-move-model';

/** The Générale's published seed: the same call for every agent, per script version. */
export function generaleSeed(script: Pick<Script, 'id' | 'version'>): number {
  return hashSeed(`generale:${script.id}@${script.version}`);
}

/** A fresh seed for a new try; the Générale always uses its published one. */
export function seedFor(mode: RehearsalMode, script: Pick<Script, 'id' | 'version'>): number {
  if (mode === 'generale') return generaleSeed(script);
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}

// Compiling the rules takes a moment; one analyser per language and brand is enough.
const analysers = new Map<string, Promise<Analyser>>();

/**
 * The language layer for a script's language and brand voice, built once and reused. Only the
 * script's own language model is fetched: a French call never downloads the English one. The
 * model was trained at build time, so no corpus is needed here.
 */
export async function sessionDependencies(
  script: Script,
  brand: BrandGuide | null,
): Promise<SessionDependencies> {
  const key = `${script.language}:${brand?.id ?? ''}`;
  let analyser = analysers.get(key);
  if (!analyser) {
    analyser = installMoveModel(script.language).then(() =>
      createAnalyser({
        lang: script.language,
        corpus: {},
        ...(brand ? { brandVoice: brand } : {}),
      }),
    );
    // A corpus chunk that failed to arrive (offline) is fetched again on the next call.
    analyser.catch(() => analysers.delete(key));
    analysers.set(key, analyser);
  }
  const ready = await analyser;
  return { analyse: (text, options) => ready.analyse(text, options), redact };
}
