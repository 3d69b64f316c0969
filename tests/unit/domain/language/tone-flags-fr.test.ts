import { describe, expect, it } from 'vitest';
import { prepare } from '../../../../src/domain/language/move-classifier';
import { compileBrandVoice, findToneFlags } from '../../../../src/domain/language/tone-rules';
import { flagsOf, spansOf } from './language-test-helpers';

// Every French tone rule, with lines that must raise it (and the span) and lines that must not.
// Includes the tricky cases: negations, elisions, chat spellings, nouns that look like "ton".
describe('tutoiement', () => {
  it.each([
    ['Tu peux me redonner ton numéro ?', ['Tu', 'ton']],
    ["T'as reçu le mail ?", ["T'as"]],
    ['Je te rappelle demain.', ['te']],
    ['Rappelle-moi ta référence stp', ['ta', 'stp']],
    ['Dis-moi ce qui se passe.', ['Dis-moi']],
    ["C'est bon pour toi ?", ['toi']],
  ])('flags %s', (line, spans) => expect(spansOf('fr', line, 'tutoiement')).toEqual(spans));

  it.each([
    'Pouvez-vous me redonner votre numéro ?',
    'Le colis a-t-il été livré ?',
    'Vous haussez le ton, je vous demande de rester courtois.',
    'Sur un ton plus calme, reprenons.',
    "S'il vous plaît, patientez.",
    'Votre ticket est ouvert.',
  ])('does not flag %s', (line) => expect(spansOf('fr', line, 'tutoiement')).toEqual([]));
});

describe('customer_named and first_name_only', () => {
  const context = { customerFirstName: 'Claire', customerLastName: 'Martin' };

  it.each([
    ['Bonjour Madame Martin.', ['Madame Martin']],
    ['Merci M. Martin, bonne journée', ['M. Martin']],
    ['bjr mme martin', ['mme martin']],
    ['Au revoir Madame Claire Martin.', ['Madame Claire Martin']],
    ['Je vous passe mon superviseur, M. Hamel.', []],
  ])('customer_named: %s', (line, spans) =>
    expect(spansOf('fr', line, 'customer_named', context)).toEqual(spans),
  );

  it.each([
    'Bonjour Madame, que puis-je faire ?',
    'Merci madame pour votre patience',
    'Au revoir Monsieur.',
  ])('no customer_named without a surname: %s', (line) =>
    expect(spansOf('fr', line, 'customer_named', context)).toEqual([]),
  );

  it.each([
    ['Bonjour Claire, je regarde ça.', ['Claire']],
    ['merci claire', ['claire']],
    ['Ok Clarie, on avance.', ['Clarie']],
  ])('first_name_only: %s', (line, spans) =>
    expect(spansOf('fr', line, 'first_name_only', context)).toEqual(spans),
  );

  it.each([
    'Bonjour Madame Claire Martin.',
    'Bonjour Madame Martin.',
    'Je vous écoute.',
    "Je vous l'envoie à claire.martin@exemple.fr, Madame Martin.",
  ])('no first_name_only: %s', (line) =>
    expect(spansOf('fr', line, 'first_name_only', context)).toEqual([]),
  );

  it('without context, catches a common first name only in a vocative slot', () => {
    expect(spansOf('fr', 'Bonjour Julie, je regarde.', 'first_name_only')).toEqual(['Julie']);
    expect(spansOf('fr', 'Je suis Julie, votre conseillère.', 'first_name_only')).toEqual([]);
  });
});

describe('banned_phrase', () => {
  it.each([
    ["Ce n'est pas un problème.", ['pas un problème']],
    ['Pas de souci, je regarde.', ['Pas de souci']],
    ['pas de pb', ['pas de pb']],
    ['Je ne sais pas.', ['Je ne sais pas']],
    ['jsp', ['jsp']],
    ['Calmez-vous, Monsieur.', ['Calmez-vous']],
    ["C'est pas grave.", ["C'est pas grave"]],
    ['Vous devez envoyer le formulaire.', ['Vous devez']],
    ['Oui, mais le contrat est clair.', ['Oui, mais']],
    ['On verra demain.', ['On verra']],
    ['Attendez, je regarde.', ['Attendez']],
    ['Bon courage !', ['Bon courage']],
    ['Il y a un souci technique.', ['souci technique']],
  ])('flags %s', (line, spans) => expect(spansOf('fr', line, 'banned_phrase')).toEqual(spans));

  it.each([
    'Avec plaisir, je regarde.',
    'Je vérifie et je reviens vers vous à 15 h.',
    'Vous attendez depuis une semaine, je comprends.',
    'Vous ne devez rien, votre compte est à jour.',
    'Oui, et cette offre inclut l’installation.',
    'Je vous transfère à ma collègue du service facturation.',
  ])('does not flag %s', (line) => expect(spansOf('fr', line, 'banned_phrase')).toEqual([]));

  it('counts "ce n’est pas un problème" once, with the preferred wording', () => {
    const hits = flagsOf('fr', "Ce n'est pas un problème, Madame.").filter(
      (f) => f.id === 'banned_phrase',
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]?.suggestion).toContain('avec plaisir');
  });
});

describe('the other tone rules', () => {
  it.each([
    ['negative_framing', "C'est impossible.", true],
    ['negative_framing', 'Malheureusement, le délai est dépassé.', true],
    ['negative_framing', 'Voici ce que je peux faire.', false],
    ['hedging', 'Normalement, ça arrive demain.', true],
    ['hedging', 'Je vais essayer de voir.', true],
    ['hedging', 'Peut-être jeudi.', true],
    ['hedging', 'Un petit moment svp.', true],
    ['hedging', 'Ça peut être long, je vous préviens.', false],
    ['hedging', 'Le colis arrive jeudi avant 13 h.', false],
    ['blame', "C'est votre faute.", true],
    ['blame', "Vous n'avez pas compris.", true],
    ['blame', 'Je me suis peut-être mal exprimé.', false],
    ['ownership_refusal', "C'est pas moi qui gère ça.", true],
    ['ownership_refusal', "Ce n'est pas mon service.", true],
    ['ownership_refusal', "Ce n'est pas ma faute, c'est le système.", true],
    ['ownership_refusal', "Ce n'est pas de votre faute, je m'en occupe.", false],
    ['ownership_refusal', "Je m'en occupe et je vous confirme.", false],
    ['familiar_register', 'Ouais, ok ça marche.', true],
    ['familiar_register', 'Super, je note.', true],
    ['familiar_register', 'Très bien, je note.', false],
    ['jargon', 'Votre ONT est désynchronisé.', true],
    ['jargon', "J'ouvre un ticket N2.", true],
    ['jargon', 'Ils ont bien reçu le colis.', false],
    ['false_promise', 'Je vous rembourse tout de suite.', true],
    ['false_promise', 'Je vous garantis que ça ne se reproduira plus.', true],
    ['false_promise', 'Je vérifie ce qui est possible sur votre dossier.', false],
    ['insult', 'Vous êtes vraiment con.', true],
    ['insult', 'Espèce de crétin.', true],
    ['insult', 'Vous êtes nul.', true],
    ['insult', 'Cochez la case en bas de la page.', false],
    ['insult', 'Le calcul est correct.', false],
    ['sensitive_data', 'Je note votre carte 4111 1111 1111 1111.', true],
    ['sensitive_data', 'Votre numéro de commande est 4111 1111 1111 1112.', false],
    ['signature_phrase', 'Énergia, toujours à vos côtés !', true],
    ['signature_phrase', 'Energia toujours a vos cotes', true],
    ['signature_phrase', 'Bonne journée.', false],
    ['politeness', "Pourriez-vous me donner votre numéro, s'il vous plaît ?", true],
    ['politeness', 'Je vous en prie.', true],
    ['politeness', 'Donnez votre numéro.', false],
  ] as const)('%s: %s → %s', (id, line, expected) =>
    expect(spansOf('fr', line, id).length > 0).toBe(expected),
  );
});

describe('reassurance is not blame', () => {
  it('"ce n’est pas votre faute" raises neither blame nor a banned phrase', () => {
    const ids = flagsOf('fr', "Ce n'est pas votre faute, la mise à jour a échoué.").map(
      (f) => f.id,
    );
    expect(ids).not.toContain('blame');
    expect(ids).not.toContain('banned_phrase');
    expect(spansOf('fr', "C'est votre faute.", 'blame')).toEqual(["C'est votre faute"]);
  });
});

describe('brand voice', () => {
  it('prefers the brand’s alternative when it bans a phrase the trade also bans', () => {
    const brand = {
      bannedPhrases: [{ phrase: 'pas de souci', alternative: 'avec plaisir, Madame' }],
      jargon: [],
      signaturePhrases: [],
    };
    const flags = findToneFlags(
      'fr',
      prepare('fr', 'Pas de souci.'),
      'Pas de souci.',
      compileBrandVoice('fr', brand),
    );
    expect(flags.filter((f) => f.id === 'banned_phrase')).toEqual([
      expect.objectContaining({ text: 'Pas de souci', suggestion: 'avec plaisir, Madame' }),
    ]);
  });

  it('bans « peut-être » (maybe) without catching the verb « peut être » (can be)', () => {
    const brand = {
      bannedPhrases: [{ phrase: 'peut-être', alternative: 'formulation affirmative' }],
      jargon: [],
      signaturePhrases: [],
    };
    const banned = (text: string) =>
      findToneFlags('fr', prepare('fr', text), text, compileBrandVoice('fr', brand))
        .filter((flag) => flag.id === 'banned_phrase')
        .map((flag) => flag.text);
    expect(banned('Peut-être jeudi.')).toEqual(['Peut-être']);
    expect(banned('Ce sera peut-etre jeudi.')).toEqual(['peut-etre']);
    expect(banned('Ça peut être long, je vous préviens.')).toEqual([]);
  });
});
