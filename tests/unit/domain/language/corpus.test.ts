import { describe, expect, it } from 'vitest';
import { MOVE_IDS } from '../../../../src/domain/moves/move-catalogue';
import { loadCorpus } from '../../../../src/domain/language/corpus-loader';
import { defaultCorpus } from '../../../../src/domain/language/default-corpus';
import { parseEvalSet } from '../../../../src/domain/language/language-eval';
import { parseMoveCorpus } from '../../../../src/domain/language/move-corpus';

describe('training corpus', () => {
  it.each([
    ['fr', 40],
    ['en', 20],
  ] as const)('%s has at least %i lines for every move', (lang, minimum) => {
    const corpus = defaultCorpus(lang);
    for (const move of MOVE_IDS) expect(corpus[move]?.length ?? 0).toBeGreaterThanOrEqual(minimum);
  });

  it('loads lazily to the same content (the browser path)', async () => {
    expect(await loadCorpus('en')).toEqual(defaultCorpus('en'));
  });

  it.each([
    [[], /object/],
    [{ greeting: ['Bonjour'] }, /not a move id/],
    [{ greet: 'Bonjour' }, /list of strings/],
  ])('rejects a malformed corpus %j', (value, reason) => {
    expect(() => parseMoveCorpus(value, 'test.json')).toThrow(reason);
  });
});

describe('eval fixture parsing', () => {
  const brandVoice = { bannedPhrases: [], jargon: [], signaturePhrases: [] };

  it('accepts labelled items and keeps their context', () => {
    const items = [
      { text: 'Bonjour', moves: ['greet'], flags: [], context: { customerLastName: 'Martin' } },
    ];
    expect(parseEvalSet({ brandVoice, items }, 'x').items).toEqual(items);
  });

  it.each([
    [{ items: [] }, /brandVoice/],
    [
      { brandVoice, items: [{ text: 'x', moves: ['greeting'], flags: [] }] },
      /unknown id "greeting"/,
    ],
    [{ brandVoice, items: [{ text: 'x', moves: [], flags: ['rude'] }] }, /unknown id "rude"/],
    [{ brandVoice, items: [{ moves: [], flags: [] }] }, /needs text/],
  ])('rejects %j', (value, reason) => expect(() => parseEvalSet(value, 'x')).toThrow(reason));
});
