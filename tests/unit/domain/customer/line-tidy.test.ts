import { describe, expect, it } from 'vitest';
import { fillCustomerLine, fillPlaceholders } from '@/domain/customer/customer-lines';
import { inflect, tidyLine } from '@/domain/customer/line-tidy';
import { libraryDocument } from '../session/session-fixtures';

describe('tidyLine', () => {
  it.each([
    ['fr', 'Vous feriez quoi, vous ?, c’est pour…', 'Vous feriez quoi, vous ? C’est pour…'],
    ['fr', 'ras le bol, !', 'Ras le bol !'],
    ['fr', 'Deux fois 87 euros euros, le le 8 novembre.', 'Deux fois 87 euros, le 8 novembre.'],
    ['fr', 'Oui oui, nous nous en occupons.', 'Oui oui, nous nous en occupons.'],
    ['fr', 'C’est bien cela?  Oui!', 'C’est bien cela ? Oui !'],
    ['fr', 'à 20:30 , pas avant', 'À 20:30, pas avant'],
    ['fr', 'notre agence de Orléans', "Notre agence d'Orléans"],
    ['fr', 'merci. au revoir', 'Merci. Au revoir'],
    [
      'en',
      'I am calling because I do not understand it .',
      "I'm calling because I don't understand it.",
    ],
    ['en', 'Yes, it is. That is what I cannot accept !', "Yes, it is. That's what I can't accept!"],
    ['en', 'I have been waiting , you know?', "I've been waiting, you know?"],
  ] as const)('%s « %s » → « %s »', (language, raw, tidy) => {
    expect(tidyLine(raw, language)).toBe(tidy);
  });

  it('is idempotent: a tidy line stays as it is', () => {
    for (const line of ['C’est bien cela ? Oui !', "I'm calling about my bill."]) {
      const language = line.includes('bill') ? 'en' : 'fr';
      expect(tidyLine(tidyLine(line, language), language)).toBe(tidyLine(line, language));
    }
  });
});

describe('filling a line for the persona on the line', () => {
  const woman = libraryDocument('persona', 'josiane-morel-senior');
  const man = libraryDocument('persona', 'julien-perrin-expert');

  it.each([
    [woman, 'Je suis {perdu|perdue}, là.', 'Je suis perdue, là.'],
    [man, 'Je suis {perdu|perdue}, là.', 'Je suis perdu, là.'],
    [woman, 'Vous avez raison d’être {excédé|excédée}.', 'Vous avez raison d’être excédée.'],
  ] as const)('inflects for the speaker’s gender: %#', (persona, raw, filled) => {
    expect(fillPlaceholders(raw, persona)).toBe(filled);
  });

  it('fills numbers, amounts and dates from the file, never from another persona', () => {
    expect(fillCustomerLine('{numéro-client}, et la facture, {dernière-facture} euros.', man)).toBe(
      'LU-7042-1563, et la facture, 34,99 euros.',
    );
    expect(fillPlaceholders('Merci, {civilité} {nom}.', woman)).toBe('Merci, Madame Morel.');
    expect(inflect('{il|elle} est {prêt|prête}', 'f')).toBe('elle est prête');
  });

  it('gives a fraudster wrong values for the holder’s secrets it does not know', () => {
    const fraudster = libraryDocument('persona', 'thierry-vasseur-fraudeur');
    const said = fillCustomerLine(
      'Numéro client {numéro-client}, facture {dernière-facture} euros.',
      fraudster,
    );
    expect(said).not.toContain('LU-3308-5521');
    expect(said).not.toContain('34,99');
    // The agent, reading the file, sees the real values.
    expect(fillPlaceholders('Le dossier {numéro-client}', fraudster)).toBe(
      'Le dossier LU-3308-5521',
    );
  });
});
