import {
  deserialiseMoveModel,
  installShippedMoveModel,
  type MoveModel,
} from '@/domain/language/move-classifier';
import type { Lang } from '@/domain/language/language.types';

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
  const { step } = shipped;
  return deserialiseMoveModel({
    lang: shipped.lang,
    vocabulary: shipped.vocabulary,
    weights: Float32Array.from(shipped.weights, (units) => units * step),
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
