// The model trained at build time (tools/vite/move-model-plugin.ts, loaded here through the real
// plugin) must read every line exactly as the model the page used to train at start-up.
import { describe, expect, it } from 'vitest';
import { createAnalyser } from '../../../src/domain/language/analyser';
import { defaultCorpus } from '../../../src/domain/language/default-corpus';
import {
  DEFAULT_TRAINING,
  deserialiseMoveModel,
  installShippedMoveModel,
  serialiseMoveModel,
  trainMoveModel,
} from '../../../src/domain/language/move-classifier';
import { EN_SUPPLEMENT } from '../../../src/domain/language/training-supplement-en';
import { FR_SUPPLEMENT } from '../../../src/domain/language/training-supplement-fr';
import type { Lang } from '../../../src/domain/language/language.types';
import { decodeShippedMoveModel } from '../../../src/features/rehearsal/session/shipped-move-model';
import { loadEvalSet } from '../../../tools/language-fixtures';
import { toShipped } from '../../../tools/vite/move-model-plugin';

const SHIPPED = {
  fr: () => import('virtual:coulisses-move-model/fr'),
  en: () => import('virtual:coulisses-move-model/en'),
};

/** Every line the model learnt from, and the held-out eval lines it is judged on. */
function wholeCorpus(lang: Lang): string[] {
  const supplement = lang === 'fr' ? FR_SUPPLEMENT : EN_SUPPLEMENT;
  return [
    ...Object.values(defaultCorpus(lang)).flat(),
    ...Object.values(supplement).flat(),
    ...loadEvalSet(lang).items.map((item) => item.text),
  ] as string[];
}

describe.each(['fr', 'en'] as const)('the shipped %s move model', (lang) => {
  it('finds the same moves, with the same evidence, as the model trained in the page', async () => {
    const brandVoice = loadEvalSet(lang).brandVoice;
    const trained = createAnalyser({ lang, corpus: defaultCorpus(lang), brandVoice });
    installShippedMoveModel(decodeShippedMoveModel((await SHIPPED[lang]()).default));
    // An empty corpus: were the shipped model not used, this analyser would find nothing.
    const shipped = createAnalyser({ lang, corpus: {}, brandVoice });
    const lines = wholeCorpus(lang);
    expect(lines.length).toBeGreaterThan(500);
    let movesFound = 0;
    for (const line of lines) {
      const expected = trained.analyse(line).moves;
      const actual = shipped.analyse(line).moves;
      movesFound += actual.length;
      expect(
        actual.map(({ id, evidence }) => ({ id, evidence })),
        line,
      ).toEqual(expected.map(({ id, evidence }) => ({ id, evidence })));
      // 32-bit weights: probabilities move by less than a millionth.
      actual.forEach((move, i) =>
        expect(Math.abs(move.confidence - (expected[i]?.confidence ?? 0))).toBeLessThan(1e-6),
      );
    }
    expect(movesFound).toBeGreaterThan(lines.length / 2);
  }, 180_000);
});

// Options equal to the defaults but not the same object: trained here, never the installed model.
const TRAIN = { ...DEFAULT_TRAINING };

describe('move model serialisation', () => {
  it('survives JSON and base64 with the same vocabulary and bias', () => {
    const model = trainMoveModel('en', defaultCorpus('en'), TRAIN);
    const shipped = JSON.parse(JSON.stringify(toShipped(serialiseMoveModel(model))));
    const back = decodeShippedMoveModel(shipped);
    expect([...back.vocabulary]).toEqual([...model.vocabulary]);
    expect(back.bias).toEqual(model.bias);
    expect(back.weights).toEqual(Float64Array.from(Float32Array.from(model.weights)));
  }, 60_000);

  it('refuses weights that do not fit the vocabulary, saying to rebuild', () => {
    const data = serialiseMoveModel(trainMoveModel('en', defaultCorpus('en'), TRAIN));
    expect(() => deserialiseMoveModel({ ...data, vocabulary: data.vocabulary.slice(1) })).toThrow(
      /Move model \(en\): \d+ weights .* Rebuild the app/,
    );
  }, 60_000);
});
