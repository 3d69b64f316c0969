import { describe, expect, it } from 'vitest';
import {
  findSensitiveData,
  ibanValid,
  luhnValid,
  nirValid,
} from '../../../../src/domain/language/sensitive-data';

// Public test numbers only: the card numbers are the networks' documented test cards, the IBAN
// is the standard French example, the NIRs are built with a valid key for fictional people.
describe('checksums', () => {
  it.each([
    ['4111111111111111', true],
    ['5555555555554444', true],
    ['4111111111111112', false],
    ['0612345678', false],
  ])('Luhn %s → %s', (digits, expected) => expect(luhnValid(digits)).toBe(expected));

  it.each([
    ['FR76 3000 6000 0112 3456 7890 189', true],
    ['FR7630006000011234567890189', true],
    ['FR76 3000 6000 0112 3456 7890 188', false],
    ['GB82 WEST 1234 5698 7654 32', true],
  ])('IBAN %s → %s', (iban, expected) => expect(ibanValid(iban)).toBe(expected));

  it.each([
    ['1 85 05 78 006 084 91', true],
    ['185057800608491', true],
    ['185057800608492', false],
    ['2 69 05 2A 123 456 88', true],
    ['2 69 05 2A 123 456 33', false],
  ])('NIR %s → %s', (nir, expected) => expect(nirValid(nir)).toBe(expected));
});

describe('findSensitiveData', () => {
  it('finds a card, an IBAN and a NIR in one line, with their spans', () => {
    const text =
      'Carte 4111 1111 1111 1111, IBAN FR76 3000 6000 0112 3456 7890 189 et NIR 1 85 05 78 006 084 91.';
    const found = findSensitiveData(text);
    expect(found.map((s) => s.kind)).toEqual(['card', 'iban', 'nir']);
    for (const span of found) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it.each([
    'Mon numéro est le 06 12 34 56 78.',
    'Commande n° 1234567890123 bien reçue.',
    'Le montant est de 1 250,50 euros le 12/03/2026.',
    '4111 1111 1111 1112',
  ])('ignores ordinary numbers: %s', (text) => expect(findSensitiveData(text)).toEqual([]));
});
