import { createAnalyser, type Analyser } from '@/domain/language/analyser';
import { deserialiseMoveModel, type MoveModel } from '@/domain/language/move-classifier';
import type { Lang } from '@/domain/language/language.types';
import { redactAgentLine as redact } from '@/domain/language/redaction';
import type { BrandGuide } from '@/domain/script/brand-guide-schema';
import type { SessionDependencies } from '@/domain/session/session.types';

// The shipped move model and the analyser built on it, with no chunk loading: the page loads the
// model (session-dependencies.ts), and a Web Worker that plays calls receives it in a message.

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
/** The analyser for a language and brand voice, once that language's model is installed. */
export function analyserFor(lang: Lang, brand: BrandGuide | null): Analyser {
  // The model was trained at build time, so no corpus is needed here.
  return createAnalyser({ lang, corpus: {}, ...(brand ? { brandVoice: brand } : {}) });
}

/** What the session engine needs from an analyser. */
export function dependenciesOf(analyser: Analyser): SessionDependencies {
  return { analyse: (text, options) => analyser.analyse(text, options), redact };
}
