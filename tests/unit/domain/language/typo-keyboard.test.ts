// Typo tolerance follows the keyboard: a neighbouring key is a slip, a far-away letter is
// another word (« carte SIM » is not the familiar « capté »).
import { describe, expect, it } from 'vitest';
import { createAnalyser } from '../../../../src/domain/language/analyser';
import { defaultCorpus } from '../../../../src/domain/language/default-corpus';
import { editDistanceWithin } from '../../../../src/domain/language/edit-distance';

describe('keyboard-aware typos', () => {
  it.each([
    ['tranfere', 'transfere', true], // a letter left out
    ['paitence', 'patience', true], // two keys swapped
    ['merco', 'merci', true], // o is next to i
    ['carte', 'capte', false], // r and p are far apart: another word
    ['poste', 'piste', true], // i and o are neighbours
    ['barre', 'barbe', false],
  ])('%s ~ %s: %s', (a, b, within) => expect(editDistanceWithin(a, b, 1)).toBe(within));

  it('reads product words and acronyms as what they are, not familiar register', () => {
    const fr = createAnalyser({ lang: 'fr', corpus: defaultCorpus('fr') });
    for (const line of [
      'Je vous envoie une nouvelle carte SIM.',
      'La carte bancaire et le RIB sont à jour.',
      'Votre box ADSL est bien activée.',
    ])
      expect(fr.analyse(line).flags.map((flag) => flag.id)).not.toContain('familiar_register');
    expect(fr.analyse('Ouais, ça marche.').flags.map((flag) => flag.id)).toContain(
      'familiar_register',
    );
  });
});
