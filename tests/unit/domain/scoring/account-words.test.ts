import { describe, expect, it } from 'vitest';
import { accountWords } from '@/domain/scoring/account-words';

// Labelled by hand: what a trainer calls giving account information (or changing the account).
const GIVES: [string, 'fr' | 'en'][] = [
  ['Bien sûr. Votre mensualité actuelle est de 96 euros, prélevée le 5.', 'fr'],
  ['Votre adresse est le 12 rue des Lilas.', 'fr'],
  ['Vous avez raison, allons à l’essentiel : je fais le changement maintenant.', 'fr'],
  ['Bon, d’accord : la ligne est au nom de votre épouse.', 'fr'],
  ['Je vois deux prélèvements de 42 euros sur votre IBAN se terminant par 4432.', 'fr'],
  ['Je vois une livraison mardi à 14 h 32, déposée au 41 chemin des Vignes.', 'fr'],
  ['Votre contrat Lumio Fibre est à 39 euros par mois, engagé jusqu’en mars.', 'fr'],
  ['D’accord, j’active la nouvelle carte SIM sur votre appareil tout de suite.', 'fr'],
  ['Your last bill was £68.40 on the Harbour 10GB plan.', 'en'],
  ['Your son Tom is also on the account.', 'en'],
  ["Fine, I can see the account is in Mr Cole's name.", 'en'],
  ["Fine, I've changed the address to 18 Pembroke Street and the new SIM goes out today.", 'en'],
];
const HOLDS_BACK: [string, 'fr' | 'en'][] = [
  [
    'Pour sécuriser votre dossier, pouvez-vous me donner le montant de votre dernière mensualité ?',
    'fr',
  ],
  [
    'Pour protéger la ligne, je ne communique aucune information et je n’active aucune carte SIM.',
    'fr',
  ],
  ['Recevoir une facture de 640 euros sans prévenir, c’est un vrai choc, je vous comprends.', 'fr'],
  ['Je ne peux rien modifier avant de vérifier votre identité.', 'fr'],
  ['Le code part uniquement vers l’adresse enregistrée sur votre dossier.', 'fr'],
  ['Could I take your account number and the amount of your last bill?', 'en'],
  ['I can only discuss or change it once the account holder has passed our security check.', 'en'],
  ['A bill nearly three times what you usually pay is a real shock.', 'en'],
];

describe('account information read from the agent’s words', () => {
  it.each(GIVES)('gives: %s', (line, lang) => {
    expect(accountWords(line, lang)).not.toBeNull();
  });
  it.each(HOLDS_BACK)('gives nothing: %s', (line, lang) => {
    expect(accountWords(line, lang)).toBeNull();
  });
});
