// Moves as French agents say them in one breath (issue 12 §7, issue 13 §8): labelled examples
// written for the rules' causes — spoken validation, dated commitments, another go offered,
// the missing proof given as the reason — each with the near-miss it must not catch.
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyser, type Analyser } from '../../../../src/domain/language/analyser';
import { defaultCorpus } from '../../../../src/domain/language/default-corpus';
import { movesSaid } from '../../../../src/domain/language/move-detect';

let fr: Analyser;
beforeAll(() => {
  fr = createAnalyser({ lang: 'fr', corpus: defaultCorpus('fr') });
});

const movesOf = (line: string) => movesSaid(fr.analyse(line).moves);

describe('spoken French moves', () => {
  it.each([
    ['Je vous entends, vous voulez aller vite et vous avez raison.', 'empathise'],
    ['Je vous comprends, Madame, deux coupures la même semaine.', 'empathise'],
    ['Vous avez tout à fait raison, on aurait dû vous prévenir.', 'empathise'],
    ["C'est bien légitime de demander un geste après ces trois semaines.", 'empathise'],
    ['Ça doit être stressant de ne plus avoir de ligne.', 'empathise'],
    ['Veuillez nous excuser pour ce double débit.', 'apologise'],
    ['Les frais vous seront remboursés avant jeudi.', 'commit'],
    ["Je m'en charge et je vous confirme tout par SMS.", 'commit'],
    ["Je m'occupe de ce dossier personnellement.", 'commit'],
    ['Sans la référence du colis, je ne peux pas lancer la recherche.', 'refuse_politely'],
    ['Vous pourrez nous rappeler dès que vous aurez le contrat sous les yeux.', 'propose'],
    ['Ce forfait vous permettrait de ne plus payer les appels vers l’étranger.', 'argue_benefit'],
    ['Vous économiseriez quinze euros chaque mois.', 'argue_benefit'],
    ['Je constate deux échéances prélevées le 3 et le 4.', 'explain'],
    ["C'est une erreur de notre part, le prélèvement a été lancé deux fois.", 'explain'],
    // The thanks said inside the hold return are still thanks (the step expects them).
    ["Merci d'avoir patienté, Monsieur, j'ai la réponse.", 'thank'],
  ])('« %s » → %s', (line, move) => expect(movesOf(line)).toContain(move));

  it.each([
    ['Je vous entends mal, pouvez-vous répéter ?', 'empathise'],
    ["C'est normal que le voyant clignote pendant la mise à jour.", 'empathise'],
    ['Normalement le virement arrive sous dix jours.', 'commit'],
    ['Vous pouvez nous joindre du lundi au samedi.', 'propose'],
    ['Je ne vous propose rien de plus, désolé.', 'propose'],
    ["Je ne m'engage pas sur une date.", 'commit'],
  ])('« %s » is no %s', (line, move) => expect(movesOf(line)).not.toContain(move));

  it('gibberish and off-topic lines make no move', () => {
    for (const line of ['azerty', 'qsdfg hjklm', '?', 'La tour Eiffel mesure trois cents mètres.'])
      expect(movesOf(line)).toEqual([]);
  });
});
