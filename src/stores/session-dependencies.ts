import { createAnalyser, type Analyser } from '@/domain/language/analyser';
import {
  deserialiseMoveModel,
  installShippedMoveModel,
  type MoveModel,
} from '@/domain/language/move-classifier';
import type { Lang } from '@/domain/language/language.types';
import { redactAgentLine as redact } from '@/domain/language/redaction';
import type { BrandGuide } from '@/domain/script/brand-guide-schema';
import type { Script } from '@/domain/script/script-schema';
import type { SessionDependencies } from '@/domain/session/session.types';

// The language layer the session engine runs with, shared by Répéter's stage and Atelier's test
// bench (features never import each other): one model install and one analyser per language.

/** As tools/vite/move-model-plugin.ts ships it: weights as whole multiples of `step`. */
export interface ShippedMoveModel {
  lang: Lang;
  vocabulary: string[];
  /** The fixed-point unit of the weights (2^-16): every weight is exact in 32 bits. */
  step: number;
  weights: number[];
  bias: number[];
}

export function decodeShippedMoveModel(shipped: ShippedMoveModel): MoveModel {
  const { step, weights: units } = shipped;
  // A plain loop, not Float32Array.from(units, map): that goes through the iterator and a call
  // per weight, ~45 ms at 1× for the French model on every cold stage. Same float32 values.
  const weights = new Float32Array(units.length);
  for (let at = 0; at < units.length; at += 1) weights[at] = (units[at] as number) * step;
  return deserialiseMoveModel({
    lang: shipped.lang,
    vocabulary: shipped.vocabulary,
    weights,
    bias: shipped.bias,
  });
}

const installed = new Map<Lang, Promise<void>>();

/**
 * Loads the model trained at build time for one language (its own chunk, fetched on the first
 * call in that language) and installs it, so building an analyser no longer trains in the page.
 */
export function installMoveModel(lang: Lang): Promise<void> {
  let ready = installed.get(lang);
  if (!ready) {
    const start = performance.now();
    const chunk =
      lang === 'fr'
        ? import('virtual:coulisses-move-model/fr')
        : import('virtual:coulisses-move-model/en');
    ready = chunk.then((module) => {
      installShippedMoveModel(decodeShippedMoveModel(module.default));
      // One measure per language and page: the bench reads how long the model took to be ready.
      performance.measure('coulisses:move-model-ready', { start });
    });
    // A chunk that failed to arrive (offline) is fetched again on the next call.
    ready.catch(() => installed.delete(lang));
    installed.set(lang, ready);
  }
  return ready;
}

// Compiling the rules takes a moment; one analyser per language and brand is enough.
const analysers = new Map<string, Promise<Analyser>>();

/**
 * The language layer for a script's language and brand voice, built once and reused. Only the
 * script's own language model is fetched: a French call never downloads the English one. The
 * model was trained at build time, so no corpus is needed here.
 */
export async function sessionDependencies(
  script: Pick<Script, 'language'>,
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
