import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyser, type Analyser } from '../../../../src/domain/language/analyser';
import { defaultCorpus } from '../../../../src/domain/language/default-corpus';
import { MOVE_THRESHOLD } from '../../../../src/domain/language/move-detect';

let fr: Analyser;
let en: Analyser;
beforeAll(() => {
  fr = createAnalyser({ lang: 'fr', corpus: defaultCorpus('fr') });
  en = createAnalyser({ lang: 'en', corpus: defaultCorpus('en') });
});

const movesOf = (analyser: Analyser, line: string) => analyser.analyse(line).moves.map((m) => m.id);

describe('formula moves (French, including chat spellings and typos)', () => {
  it.each([
    ['Bonjour et bienvenue chez Énergia.', 'greet'],
    ['bjr', 'greet'],
    ['Je vous transfère au service facturation.', 'transfer'],
    ['je vous tranfère au service technique', 'transfer'],
    ['Puis-je vous mettre en attente deux minutes ?', 'hold_request'],
    ['Je vous informe que cet appel est enregistré.', 'recording_notice'],
    ["Merci d'avoir patienté, j'ai la réponse.", 'hold_return'],
    ['Au revoir Madame, bonne journée.', 'close'],
    ['Avez-vous d’autres questions ?', 'check_satisfaction'],
    ['Ici Océane, du service client.', 'introduce_self'],
    ['Pour résumer : remboursement sous cinq jours.', 'recap'],
    ['Je suis vraiment désolé pour ce désagrément.', 'apologise'],
  ])('%s → %s', (line, move) => expect(movesOf(fr, line)).toContain(move));
});

describe('negation', () => {
  it.each([
    ['fr', 'Je ne vous transfère pas, je garde votre dossier.'],
    ['fr', 'je transfère pas'],
    ['en', "I won't transfer you, I'm keeping your case."],
  ] as const)('%s: "%s" is no transfer', (lang, line) =>
    expect(movesOf(lang === 'fr' ? fr : en, line)).not.toContain('transfer'),
  );

  it('the positive line is a transfer', () => {
    expect(movesOf(fr, 'Je vous transfère à mon collègue.')).toContain('transfer');
    expect(movesOf(en, "I'll transfer you to my colleague.")).toContain('transfer');
  });
});

describe('lines with several moves', () => {
  it('reads empathy and reformulation in one line', () => {
    const line =
      'Je comprends votre agacement, Monsieur Martin ; si je comprends bien, vous avez été prélevé deux fois ?';
    expect(movesOf(fr, line)).toEqual(expect.arrayContaining(['empathise', 'reformulate']));
  });

  it('does not count the thanks of a closing formula as a separate thank-you', () => {
    const moves = movesOf(fr, 'Merci de votre appel, Madame Durand, et bonne journée.');
    expect(moves).toContain('close');
    expect(moves).not.toContain('thank');
  });
});

describe('what a move carries', () => {
  it('has a confidence at or above the threshold and evidence taken from the line', () => {
    const line = 'Bonjour, je vous transfère au service facturation.';
    const { moves } = fr.analyse(line);
    expect(moves.length).toBeGreaterThan(0);
    for (const move of moves) {
      expect(move.confidence).toBeGreaterThanOrEqual(MOVE_THRESHOLD);
      expect(move.confidence).toBeLessThanOrEqual(1);
      expect(move.evidence.length).toBeGreaterThan(0);
      for (const words of move.evidence) expect(line).toContain(words);
    }
  });

  it('reports nothing for a backchannel', () => {
    expect(movesOf(fr, 'Hmm.')).toEqual([]);
    expect(movesOf(en, 'Okay.')).toEqual([]);
  });

  it('is deterministic: two analysers trained on the same corpus answer the same', () => {
    const again = createAnalyser({ lang: 'fr', corpus: defaultCorpus('fr') });
    const line = 'Je vous propose un avoir de 20 euros, ça vous irait ?';
    expect(again.analyse(line).moves).toEqual(fr.analyse(line).moves);
  });
});

describe('step hints', () => {
  it('a keyword given by the step asserts its move', () => {
    const line = 'Je déclenche la procédure Sérénité pour vous.';
    expect(movesOf(fr, line)).not.toContain('commit');
    const hinted = fr.analyse(line, { hints: { keywords: { commit: ['procédure sérénité'] } } });
    expect(hinted.moves.map((m) => m.id)).toContain('commit');
  });

  it('an example line given by the step is matched by overlap', () => {
    const hints = {
      examples: { argue_benefit: ['La garantie Sérénité couvre la casse et le vol.'] },
    };
    const hinted = fr.analyse('la garantie sérénité couvre aussi la casse', { hints });
    expect(hinted.moves.map((m) => m.id)).toContain('argue_benefit');
  });
});
