import { beforeAll, describe, expect, it } from 'vitest';
import { loadEvalSet } from '../../../../tools/language-fixtures';
import { createAnalyser } from '../../../../src/domain/language/analyser';
import { defaultCorpus } from '../../../../src/domain/language/default-corpus';
import {
  evaluate,
  type EvalReport,
  type EvalSet,
} from '../../../../src/domain/language/language-eval';
import { fold } from '../../../../src/domain/language/normalise';
import { EN_SUPPLEMENT } from '../../../../src/domain/language/training-supplement-en';
import { FR_SUPPLEMENT } from '../../../../src/domain/language/training-supplement-fr';
import type { Lang } from '../../../../src/domain/language/language.types';
import type { ToneFlagId } from '../../../../src/domain/language/tone-flag-ids';

// The quality gate of issue 4, on the held-out eval sets (tests/fixtures/language-eval, written
// by someone else and never trained on). A missing fixture throws: the gate fails, it never skips.
const FLAG_TARGET = 0.95;
const GATED_FLAGS: ToneFlagId[] = [
  'tutoiement',
  'banned_phrase',
  'insult',
  'sensitive_data',
  'customer_named',
  'first_name_only',
];
const MOVE_MACRO_F1_TARGET = 0.85;
const MIN_ITEMS: Record<Lang, number> = { fr: 150, en: 50 };

const sets = {} as Record<Lang, EvalSet>;
const reports = {} as Record<Lang, EvalReport>;
beforeAll(() => {
  for (const lang of ['fr', 'en'] as Lang[]) {
    sets[lang] = loadEvalSet(lang);
    const analyser = createAnalyser({
      lang,
      corpus: defaultCorpus(lang),
      brandVoice: sets[lang].brandVoice,
    });
    reports[lang] = evaluate(analyser, sets[lang].items);
  }
});

describe.each(['fr', 'en'] as Lang[])('quality gate (%s)', (lang) => {
  it('has a held-out set of the agreed size', () => {
    expect(sets[lang].items.length).toBeGreaterThanOrEqual(MIN_ITEMS[lang]);
  });

  it('never trains on a held-out line', () => {
    const supplement = lang === 'fr' ? FR_SUPPLEMENT : EN_SUPPLEMENT;
    const training = new Set(
      [...Object.values(defaultCorpus(lang)), ...Object.values(supplement)]
        .flat()
        .map((line) => fold(line ?? '').trim()),
    );
    const leaked = sets[lang].items.filter((item) => training.has(fold(item.text).trim()));
    expect(leaked.map((item) => item.text)).toEqual([]);
  });

  it.each(GATED_FLAGS)(`reads the %s flag right on ≥ ${FLAG_TARGET * 100} % of lines`, (flag) => {
    expect(reports[lang].flagAccuracy[flag]).toBeGreaterThanOrEqual(FLAG_TARGET);
  });

  it(`reaches move macro-F1 ≥ ${MOVE_MACRO_F1_TARGET}`, () => {
    expect(reports[lang].macroF1).toBeGreaterThanOrEqual(MOVE_MACRO_F1_TARGET);
  });
});
