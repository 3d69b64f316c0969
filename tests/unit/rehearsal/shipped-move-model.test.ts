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
import { noMoveLines } from '../../../src/domain/language/no-move-lines';
import { EN_SUPPLEMENT } from '../../../src/domain/language/training-supplement-en';
import { FR_SUPPLEMENT } from '../../../src/domain/language/training-supplement-fr';
import type { Lang } from '../../../src/domain/language/language.types';
import { decodeShippedMoveModel } from '../../../src/features/rehearsal/session/shipped-move-model';
import { loadEvalSet } from '../../../tools/language-fixtures';
import { toShipped, WEIGHT_STEP } from '../../../tools/vite/move-model-plugin';

const SHIPPED = {
  fr: () => import('virtual:coulisses-move-model/fr'),
  en: () => import('virtual:coulisses-move-model/en'),
};

/** Every line the model learnt from (moves and no-move lines), and the held-out eval lines. */
function wholeCorpus(lang: Lang): string[] {
  const supplement = lang === 'fr' ? FR_SUPPLEMENT : EN_SUPPLEMENT;
  return [
    ...Object.values(defaultCorpus(lang)).flat(),
    ...Object.values(supplement).flat(),
    ...noMoveLines(lang),
    ...loadEvalSet(lang).items.map((item) => item.text),
  ] as string[];
}

describe.each(['fr', 'en'] as const)('the shipped %s move model', (lang) => {
  it('finds the same moves, evidence and confidences as the model trained in the page', async () => {
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
      // Confidences are rounded to 0.001 by the analyser: fixed-point weights must change none.
      expect(actual, line).toEqual(expected);
    }
    expect(movesFound).toBeGreaterThan(lines.length / 2);
  }, 180_000);
});

// Options equal to the defaults but not the same object: trained here, never the installed model.
const TRAIN = { ...DEFAULT_TRAINING };

describe('move model serialisation', () => {
  it('survives JSON with the same features and bias, weights rounded to the fixed-point step', () => {
    const model = trainMoveModel('en', defaultCorpus('en'), TRAIN);
    const shipped = JSON.parse(JSON.stringify(toShipped(serialiseMoveModel(model))));
    // Rows shipped as is, as a difference from an earlier row, and repeated: all three are read.
    const kinds = new Set(
      shipped.rows
        .split(',')
        .map((row: string) => (row === '' ? 'new' : row[0] === '~' ? 'delta' : 'repeat')),
    );
    expect([...kinds].sort()).toEqual(['delta', 'new', 'repeat']);
    const back = decodeShippedMoveModel(shipped);
    // Shipped sorted: the same features, each with its own row of weights, in another order.
    expect([...back.vocabulary.keys()]).toEqual([...model.vocabulary.keys()].sort());
    expect(back.bias).toEqual(model.bias);
    const moves = model.bias.length;
    for (const [name, index] of model.vocabulary) {
      const at = back.vocabulary.get(name) as number;
      const row = back.weights.subarray(at * moves, (at + 1) * moves);
      const original = model.weights.subarray(index * moves, (index + 1) * moves);
      // Rounded from the 32-bit weights serialiseMoveModel gives (JSON has no -0, hence the + 0).
      const units = Float32Array.from(original).map((weight) => Math.round(weight / WEIGHT_STEP));
      expect(row, name).toEqual(Float64Array.from(units, (unit) => unit * WEIGHT_STEP + 0));
      // Each weight moves by less than one step (half a step, plus the 32-bit rounding).
      original.forEach((weight, move) =>
        expect(Math.abs((row[move] as number) - weight)).toBeLessThan(WEIGHT_STEP),
      );
    }
  }, 60_000);

  it('refuses a shipped model whose rows do not fit its vocabulary, saying to rebuild', () => {
    const shipped = toShipped(serialiseMoveModel(trainMoveModel('en', defaultCorpus('en'), TRAIN)));
    const rows = shipped.rows.split(',');
    expect(() => decodeShippedMoveModel({ ...shipped, rows: rows.slice(1).join(',') })).toThrow(
      /Move model \(en\): \d+ rows for \d+ features; .* Rebuild the app/,
    );
  }, 60_000);

  it('refuses weights that do not fit the vocabulary, saying to rebuild', () => {
    const data = serialiseMoveModel(trainMoveModel('en', defaultCorpus('en'), TRAIN));
    expect(() => deserialiseMoveModel({ ...data, vocabulary: data.vocabulary.slice(1) })).toThrow(
      /Move model \(en\): \d+ weights .* Rebuild the app/,
    );
  }, 60_000);
});
