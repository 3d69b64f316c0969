import { describe, expect, it } from 'vitest';
import { markNegation } from '../../../../src/domain/language/negation';
import { fold, numberKind, tokenise } from '../../../../src/domain/language/normalise';
import type { Lang } from '../../../../src/domain/language/language.types';

const norms = (lang: Lang, text: string) => tokenise(lang, text).map((t) => t.norm);
const negated = (lang: Lang, text: string) =>
  markNegation(lang, tokenise(lang, text))
    .filter((t) => t.negated)
    .map((t) => t.norm);

describe('fold', () => {
  it.each([
    ['Élève', 'eleve'],
    ['cœur', 'coeur'],
    ['aujourd’hui', "aujourd'hui"],
    ['PLAÎT', 'plait'],
  ])('%s → %s', (input, expected) => expect(fold(input)).toBe(expected));
});

describe('tokenise (French)', () => {
  it.each([
    ["J'ai vu l'appel qu'il a passé", ['je', 'ai', 'vu', 'le', 'appel', 'que', 'il', 'a', 'passe']],
    ["c'est n'importe quoi", ['ce', 'est', 'ne', 'importe', 'quoi']],
    ["s'il vous plaît", ['si', 'il', 'vous', 'plait']],
    ['svp', ['si', 'il', 'vous', 'plait']],
    ['bjr, c ok pr le rdv', ['bonjour', ',', 'ce', 'est', 'ok', 'pour', 'le', 'rendez', 'vous']],
    ['jsp', ['je', 'ne', 'sais', 'pas']],
    ['a-t-il reçu ?', ['a', 'il', 'recu', '?']],
    ['M. Martin', ['monsieur', 'martin']],
    ['mme durand', ['madame', 'durand']],
    ['2min', ['2', 'minutes']],
    ["aujourd'hui", ["aujourd'hui"]],
    ['Puis-je ?!', ['puis', 'je', '?']],
  ])('%s', (input, expected) => expect(norms('fr', input)).toEqual(expected));

  it('keeps the raw offsets of every token, even of an expanded shortcut', () => {
    const text = 'Bjr Mme, svp';
    for (const token of tokenise('fr', text)) {
      expect(text.slice(token.start, token.end)).toMatch(/^(Bjr|Mme|,|svp)$/);
    }
  });

  it('marks capitalised words (a hint for names)', () => {
    expect(tokenise('fr', 'bonjour Durand').map((t) => t.capitalised)).toEqual([false, true]);
  });
});

describe('tokenise (English)', () => {
  it.each([
    ["I don't know", ['i', 'do', 'not', 'know']],
    ["can't won't it's you're", ['can', 'not', 'will', 'not', 'it', 'is', 'you', 'are']],
    ["the customer's account", ['the', 'customer', 'account']],
    ['pls hold, thx', ['please', 'hold', ',', 'thanks']],
    ['Mr. Smith', ['mr', 'smith']],
  ])('%s', (input, expected) => expect(norms('en', input)).toEqual(expected));
});

describe('negation scope', () => {
  it.each([
    ['fr', 'je ne vous transfère pas', ['vous', 'transfere']],
    ['fr', 'je ne peux pas vous transférer', ['peux', 'vous', 'transferer']],
    ['fr', 'je transfère pas', ['transfere']],
    ['fr', 'je ne vous transfère pas mais je vous passe mon collègue', ['vous', 'transfere']],
    ['fr', 'je ne peux que vous proposer un avoir', []],
    ['fr', "n'hésitez pas à me rappeler", []],
    ['fr', 'je vous transfère', []],
    ['en', "I won't transfer you", ['transfer', 'you']],
    ['en', 'I will transfer you', []],
  ] as const)('%s: %s', (lang, text, expected) => expect(negated(lang, text)).toEqual(expected));
});

describe('numbers, amounts and dates', () => {
  it('reads currency signs as words', () => {
    expect(norms('fr', '29,99 €')).toEqual(['29', ',', '99', 'euros']);
    expect(norms('en', '£12')).toEqual(['pounds', '12']);
  });

  it.each([
    ['fr', 'un avoir de 20 euros', '20', '<amount>'],
    ['fr', 'prélevé 29,99 € hier', '29', '<amount>'],
    ['fr', 'le 12 mars', '12', '<date>'],
    ['fr', 'passage le 12/03', '12', '<date>'],
    ['fr', 'rappel à 10 h', '10', '<time>'],
    ['fr', 'sous 5 jours', '5', '<time>'],
    ['en', 'a £5 credit on 3 May', '3', '<date>'],
    ['fr', 'code 4', '4', '<num>'],
  ] as const)('%s: %s → %s is %s', (lang, text, digits, kind) => {
    const tokens = tokenise(lang, text);
    expect(
      numberKind(
        tokens,
        tokens.findIndex((t) => t.norm === digits),
      ),
    ).toBe(kind);
  });
});
