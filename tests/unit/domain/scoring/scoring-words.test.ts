import { describe, expect, it } from 'vitest';
import { createAnalyser } from '@/domain/language/analyser';
import { defaultCorpus } from '@/domain/language/default-corpus';
import { pressureWords, soundsEmpathic } from '@/domain/language/tone-spoken';
import { goldenDocument } from '../../../fixtures/golden-sessions/golden-player';
import {
  agent,
  customer,
  GOOD_CLOSING,
  GOOD_OPENING,
  scoreSpecs,
  type TurnSpec,
} from './scoring-fixtures';

const brand = goldenDocument('brand-guide', 'brisa-energie');
const score = scoreSpecs;
const VERIFIED: TurnSpec[] = [
  agent('Votre numéro client, s’il vous plaît ?', ['verify_identity'], [], 'verification'),
  customer('BE-4471-0923', 30, [{ type: 'facts_given', facts: ['customerNumber'] }]),
];

describe('the ear where the review found it wrong (issue 13, item 8)', () => {
  it.each([
    ['Je vous entends, vous voulez aller vite et vous avez raison.', 'fr'],
    ['Je comprends, c’est vraiment pénible.', 'fr'],
    ['Je suis désolée pour ce double prélèvement.', 'fr'],
    ["I hear you, that's a lot more than you expected.", 'en'],
    ["That must have been frustrating, and you're right to ask.", 'en'],
  ] as const)('empathy in its spoken form: %s', (line, lang) => {
    expect(soundsEmpathic(line, lang)).toBe(true);
  });

  it.each([
    ['Il faut d’abord que je vérifie votre numéro client.', 'fr'],
    ['Bills go up when you use roaming.', 'en'],
  ] as const)('no empathy: %s', (line, lang) => {
    expect(soundsEmpathic(line, lang)).toBe(false);
  });

  it('an upset caller answered with spoken empathy is not "no empathy"', () => {
    const card = score([
      ...GOOD_OPENING,
      customer('Ça fait trois fois que j’appelle !', 80),
      agent('Je vous entends, vous voulez aller vite et vous avez raison.', ['commit']),
      ...VERIFIED,
      GOOD_CLOSING,
    ]);
    expect(card.findings.map((f) => f.rule)).not.toContain('empathy_missing');
  });

  it('« vous deviez » states a plan, « vous devez » orders; « peut être » (verb) is not « peut-être »', () => {
    const analyser = createAnalyser({ lang: 'fr', corpus: defaultCorpus('fr'), brandVoice: brand });
    const ids = (text: string) => analyser.analyse(text).flags.map((flag) => flag.id);
    expect(ids('Vous deviez être prélevé le 5, je passe la date au 15.')).not.toContain(
      'banned_phrase',
    );
    expect(ids('Vous devez me donner votre numéro client.')).toContain('banned_phrase');
    expect(ids('Le prélèvement peut être décalé au 15.')).not.toContain('hedging');
    expect(ids('Peut-être le 15, je pense.')).toContain('hedging');
  });

  it('calling Monsieur Garnier « Madame » is a fault, not a courtesy', () => {
    const card = score([
      ...GOOD_OPENING,
      ...VERIFIED,
      agent(
        'Merci Madame Garnier, c’est noté.',
        ['thank'],
        [{ id: 'customer_named', text: 'Madame Garnier' }],
      ),
      GOOD_CLOSING,
    ]);
    const wrong = card.findings.find((f) => f.rule === 'wrong_civility');
    expect(wrong).toMatchObject({ quote: 'Madame Garnier', points: -8 });
    expect(wrong?.better).toBe('Merci Monsieur Garnier, c’est noté.');
  });
});

describe('commercial pressure costs brand tone (issue 13, item 4)', () => {
  it.each([
    ['Vous êtes sûre ? C’est une offre exceptionnelle, elle ne durera pas.', 'fr'],
    ['Et pendant que je vous tiens, je vous propose notre assurance.', 'fr'],
    ['While I have you, our Roam Plus bundle is only £8 a month.', 'en'],
  ] as const)('pressure: %s', (line, lang) => {
    expect(pressureWords(line, lang)).not.toBeNull();
  });

  it('a single offer, then respecting the choice, is not pressure', () => {
    expect(pressureWords('Je peux appliquer une remise de 10 euros, une seule.', 'fr')).toBeNull();
    expect(pressureWords('Je respecte tout à fait votre choix.', 'fr')).toBeNull();
  });

  it('is a finding with its rule, its words and a better line', () => {
    const card = score([
      ...GOOD_OPENING,
      ...VERIFIED,
      agent('Pendant que je vous tiens, je vous ajoute notre assurance ?', ['propose']),
      GOOD_CLOSING,
    ]);
    const found = card.findings.find((f) => f.rule === 'commercial_pressure');
    expect(found).toMatchObject({ quote: 'Pendant que je vous tiens', points: -10 });
    expect(found?.better).toMatch(/respecte/u);
  });
});

describe('floors (issue 13, item 7) and bonuses that never hide a fault (item 6)', () => {
  const lowest = (overall: number) => expect(overall).toBeLessThan(50);

  it('a call the agent hangs up mid-way lands in the lowest band', () => {
    const card = score([...GOOD_OPENING, ...VERIFIED], {
      code: 'agent_hung_up',
      success: false,
      reason: 'agent_hung_up',
    });
    lowest(card.overall.score);
    expect(card.findings.map((f) => f.rule)).toContain('call_not_held');
  });

  it('gibberish and silence land in the lowest band', () => {
    lowest(score([agent('azerty qsdf'), customer('Allô ?'), agent('blabla')]).overall.score);
    lowest(score([]).overall.score);
  });

  it('leaving the call on an unanswered manager demand is measured, and far from 20/20', () => {
    const calls = [
      ...GOOD_OPENING,
      ...VERIFIED,
      GOOD_CLOSING,
      customer('Je veux votre responsable, tout de suite !', 75, [
        { type: 'aside_started', aside: 'manager_demand', source: 'improvised' },
      ]),
    ];
    const left = score(calls, { code: 'abandoned', success: false, reason: 'abandoned' });
    expect(left.recovery).not.toBeNull();
    expect(left.findings.map((f) => f.rule)).toContain('call_lost');
    expect(left.overall.outOf20).toBeLessThan(18);
    // The same call whose script ended on the customer's words gave the agent no chance to answer.
    const ended = score(calls, { code: 'resolved', success: true, reason: 'script' });
    expect(ended.recovery).toBeNull();
  });

  it('a bonus earns back at most half of a fault: the faulty call always scores lower', () => {
    const clean = score([...GOOD_OPENING, ...VERIFIED, GOOD_CLOSING]);
    const faulty = score([
      ...GOOD_OPENING,
      ...VERIFIED,
      agent(
        'Pas de souci, je m’en occupe tout de suite.',
        ['commit'],
        [
          { id: 'banned_phrase', text: 'Pas de souci' },
          { id: 'signature_phrase', text: 'je m’en occupe tout de suite' },
          { id: 'customer_named', text: 'Monsieur Garnier' },
        ],
      ),
      GOOD_CLOSING,
    ]);
    expect(faulty.brandTone).toBeLessThan(clean.brandTone);
  });
});
