import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyser, type Analyser } from '../../../../src/domain/language/analyser';
import { defaultCorpus } from '../../../../src/domain/language/default-corpus';
import { redactAgentLine as redact } from '../../../../src/domain/language/redaction';
import { findSensitiveData } from '../../../../src/domain/language/sensitive-data';
import { TEST_BRAND } from './language-test-helpers';

let analysers: Analyser[];
beforeAll(() => {
  analysers = (['fr', 'en'] as const).map((lang) =>
    createAnalyser({ lang, corpus: defaultCorpus(lang), brandVoice: TEST_BRAND }),
  );
});

// Agent-like noise: words of the trade, chat shortcuts, digits, punctuation, emoji, other scripts.
const fragment = fc.constantFrom(
  'bonjour',
  'svp',
  "c'est",
  'pas',
  'ne',
  'jsp',
  'Monsieur',
  'tu',
  '-t-',
  "l'",
  '4111',
  ' ',
  ',',
  '?',
  '!',
  '…',
  '😀',
  '👍🏽',
  'Привет',
  'مرحبا',
  '你好',
  '<b>',
  '</script>',
  '&amp;',
  '\u0000',
  '\u200b',
  '\n',
  'FR76',
  '2A',
  'pb',
  'M.',
  'e\u0301',
  '  ',
  "'",
  '’',
);
const agentish = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));
const anything = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  agentish,
);

describe('never throws, whatever the string', () => {
  it('analyses arbitrary strings with spans that point into the text', () => {
    fc.assert(
      fc.property(anything, (text) => {
        for (const analyser of analysers) {
          const result = analyser.analyse(text);
          expect(result.text).toBe(text);
          for (const flag of result.flags) expect(text.slice(flag.start, flag.end)).toBe(flag.text);
          for (const move of result.moves) {
            expect(move.confidence).toBeGreaterThanOrEqual(0);
            expect(move.confidence).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 300, seed: 20260404 },
    );
  });

  it.each([
    ['empty', ''],
    ['spaces only', '   \t  '],
    ['emoji only', '😀😀😀👍🏽'],
    ['HTML', '<script>alert("x")</script><p onclick="x">Bonjour</p>'],
    ['other alphabets', 'Здравствуйте, 您好, مرحبا'],
    ['lone surrogates', '\ud800 bonjour \udc00'],
  ])('%s', (_name, text) => {
    for (const analyser of analysers) expect(() => analyser.analyse(text)).not.toThrow();
  });

  it('copes with 100 KB in reasonable time, and still finds sensitive data at the end', () => {
    const text = `${'Bonjour, je vous transfère. '.repeat(3700)} carte 4111 1111 1111 1111`;
    expect(text.length).toBeGreaterThan(100_000);
    const start = performance.now();
    const result = analysers[0]?.analyse(text);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(result?.flags.some((f) => f.id === 'sensitive_data')).toBe(true);
  });
});

describe('redact', () => {
  it('never throws and never leaves a flagged number in the text', () => {
    fc.assert(
      fc.property(
        anything,
        fc.constantFrom('4111 1111 1111 1111', 'FR7630006000011234567890189', ''),
        (noise, secret) => {
          const text = `${noise} ${secret} ${noise}`;
          const cleaned = redact(text);
          expect(findSensitiveData(cleaned)).toEqual([]);
          if (secret !== '') expect(cleaned).not.toContain(secret);
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });
});
