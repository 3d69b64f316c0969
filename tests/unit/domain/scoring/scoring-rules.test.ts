import { describe, expect, it } from 'vitest';
import { scoreSession } from '@/domain/scoring/score-session';
import type { ScoringRuleId } from '@/domain/scoring/rubric-schema';
import { defaultRubric, goldenDocument } from '../../../fixtures/golden-sessions/golden-player';
import {
  agent,
  customer,
  GOOD_CLOSING,
  GOOD_OPENING,
  sessionOf,
  type TurnSpec,
} from './scoring-fixtures';

const brand = goldenDocument('brand-guide', 'brisa-energie');
const rubric = defaultRubric();
const score = (specs: TurnSpec[]) => scoreSession(sessionOf(specs), rubric, brand);
const rulesOf = (specs: TurnSpec[]) => score(specs).findings.map((f) => `${f.rule}@${f.turn}`);

const outburst = (irritation = 80) =>
  customer('C’est scandaleux, vous êtes tous des incapables !', irritation, [
    { type: 'aside_started', aside: 'outburst', source: 'improvised' },
  ]);
const handled = (irritation = 40) =>
  customer('Bon. D’accord.', irritation, [{ type: 'aside_handled', aside: 'outburst' }]);

const VERIFIED: TurnSpec[] = [
  agent('Votre numéro client, s’il vous plaît ?', ['verify_identity'], [], 'verification'),
  customer('BE-4471-0923', 30, [{ type: 'facts_given', facts: ['customerNumber'] }]),
];

interface Case {
  name: string;
  turns: TurnSpec[];
  present: string[];
  absent?: ScoringRuleId[];
}

const CASES: Case[] = [
  {
    name: 'a clean call earns no deduction',
    turns: [...GOOD_OPENING, ...VERIFIED, GOOD_CLOSING],
    present: [],
    absent: [
      'greeting_missing',
      'closing_missing',
      'recording_notice_missing',
      'mandatory_step_missed',
    ],
  },
  {
    // Found walking the app: « Étape obligatoire manquée : Conclusion » was pinned on a mid-call
    // line; the call went without it at its end, on the line it ended on.
    name: 'a missed conclusion is noted on the line the call ended on, not mid-call',
    turns: [
      ...GOOD_OPENING,
      ...VERIFIED,
      agent('Je regarde votre dossier.', ['explain'], [], 'verification'),
      customer('Merci.'),
      agent('Je fais le changement au 15.', ['commit'], [], 'verification'),
    ],
    present: ['mandatory_step_missed@6'],
  },
  {
    name: 'no greeting and no recording notice at the opening',
    turns: [agent('Oui ?', ['offer_help']), customer('Le prélèvement.'), GOOD_CLOSING],
    present: ['greeting_missing@0', 'recording_notice_missing@0'],
  },
  {
    name: 'a goodbye without thanks is not the brand’s closing formula',
    turns: [
      ...GOOD_OPENING,
      agent(
        'Bonne journée, Monsieur Garnier.',
        ['close'],
        [{ id: 'customer_named', text: 'Monsieur Garnier' }],
      ),
    ],
    present: ['closing_missing@2'],
  },
  {
    name: 'thanks said inside the goodbye count, even when read as the close move alone',
    turns: [
      ...GOOD_OPENING,
      agent(
        'Merci de votre appel, Monsieur Garnier, bonne journée.',
        ['close'],
        [{ id: 'customer_named', text: 'Monsieur Garnier' }],
      ),
    ],
    present: [],
    absent: ['closing_missing'],
  },
  {
    name: 'thanks in the line before the goodbye complete the closing',
    turns: [
      ...GOOD_OPENING,
      agent('Merci de votre confiance.', ['thank']),
      customer('Merci à vous.'),
      agent(
        'Bonne journée, Monsieur Garnier.',
        ['close'],
        [{ id: 'customer_named', text: 'Monsieur Garnier' }],
      ),
    ],
    present: [],
    absent: ['closing_missing'],
  },
  {
    name: 'a call that ends without the closing formula',
    turns: [...GOOD_OPENING, agent('C’est fait.', ['commit'])],
    present: ['closing_missing@2', 'customer_never_named@2'],
  },
  {
    name: 'banned phrase and blame overlapping on the same words count once, as blame',
    turns: [
      ...GOOD_OPENING,
      agent(
        'C’est votre faute.',
        [],
        [
          { id: 'banned_phrase', text: 'C’est votre faute' },
          { id: 'blame', text: 'C’est votre faute' },
        ],
      ),
      customer('Pardon ?'),
      GOOD_CLOSING,
    ],
    present: ['blame@2'],
    absent: ['banned_phrase'],
  },
  {
    name: 'an upset customer gets no empathy',
    turns: [
      ...GOOD_OPENING,
      customer('Ça fait trois fois !', 75),
      agent('Votre numéro ?', ['verify_identity']),
      GOOD_CLOSING,
    ],
    present: ['empathy_missing@3'],
  },
  {
    name: 'an outburst validated in the next turn costs nothing in recovery',
    turns: [
      ...GOOD_OPENING,
      outburst(),
      agent('Je comprends votre colère.', ['empathise']),
      handled(),
      GOOD_CLOSING,
    ],
    present: [],
    absent: ['aside_ignored', 'recovery_mistake', 'slow_return', 'never_back_on_track'],
  },
  {
    name: '"calmez-vous" during an outburst costs in brand tone and twice over in recovery',
    turns: [
      ...GOOD_OPENING,
      outburst(),
      agent('Calmez-vous.', [], [{ id: 'banned_phrase', text: 'Calmez-vous' }]),
      customer('Pardon ?!', 90),
      agent('Je comprends votre colère.', ['empathise']),
      handled(),
      GOOD_CLOSING,
    ],
    present: ['banned_phrase@3', 'aside_ignored@3', 'recovery_mistake@3', 'slow_return@5'],
  },
  {
    name: 'justifying instead of validating an outburst',
    turns: [
      ...GOOD_OPENING,
      outburst(),
      agent('Je vous explique le calcul.', ['explain']),
      handled(),
      GOOD_CLOSING,
    ],
    present: ['justifying@3'],
    absent: ['aside_ignored'],
  },
  {
    name: 'the customer hangs up during the aside',
    turns: [
      ...GOOD_OPENING,
      outburst(),
      agent('Bon.', []),
      customer('Au revoir !', 100, [{ type: 'hang_up', by: 'customer' }]),
    ],
    present: ['call_lost@3'],
    absent: ['closing_missing'],
  },
  {
    name: 'irritation still high three customer turns after the aside',
    turns: [
      ...GOOD_OPENING,
      outburst(),
      agent('Je comprends votre colère.', ['empathise']),
      customer('Mouais.', 75, [{ type: 'aside_handled', aside: 'outburst' }]),
      agent('Votre numéro client ?', ['verify_identity']),
      customer('BE-4471-0923.', 70),
      agent('Merci.', ['thank']),
      customer('Alors ?', 70),
      GOOD_CLOSING,
    ],
    present: ['irritation_stays_high@7'],
  },
  {
    name: 'insult, false promise and sensitive data are compliance breaches',
    turns: [
      ...GOOD_OPENING,
      agent(
        'Imbécile. Je vous rembourse tout. Votre carte [carte masquée].',
        [],
        [
          { id: 'insult', text: 'Imbécile' },
          { id: 'false_promise', text: 'Je vous rembourse tout' },
          { id: 'sensitive_data', text: '[carte masquée]' },
        ],
      ),
      customer('Quoi ?'),
      GOOD_CLOSING,
    ],
    present: ['insult@2', 'false_promise@2', 'sensitive_data@2'],
  },
  {
    name: 'disclosure at a disclosing step before identity is proven',
    turns: [
      ...GOOD_OPENING,
      agent('Je passe votre prélèvement au 15.', ['commit', 'explain'], [], 'changement'),
      customer('Merci.'),
      GOOD_CLOSING,
    ],
    present: ['disclosure_before_verification@2'],
  },
  {
    name: 'disclosure after the customer number was given is compliant',
    turns: [
      ...GOOD_OPENING,
      agent('Votre numéro client ?', ['verify_identity'], [], 'verification'),
      customer('BE-4471-0923', 30, [{ type: 'facts_given', facts: ['customerNumber'] }]),
      agent('Je passe votre prélèvement au 15.', ['commit', 'explain'], [], 'changement'),
      customer('Merci.'),
      GOOD_CLOSING,
    ],
    present: [],
    absent: ['disclosure_before_verification', 'mandatory_step_missed'],
  },
  {
    name: 'a prompter use costs a little, noted on the line it prompted',
    turns: [
      ...GOOD_OPENING,
      {
        speaker: 'system',
        events: [{ type: 'prompter_used', step: 'verification' }],
        step: 'verification',
      },
      agent('Votre numéro client ?', ['verify_identity'], [], 'verification'),
      customer('BE-4471-0923'),
      GOOD_CLOSING,
    ],
    present: ['prompter_used@3'],
  },
  {
    name: 'a hold asked for and kept to costs nothing',
    turns: [
      ...GOOD_OPENING,
      agent('Puis-je vous mettre en attente deux minutes ?', ['hold_request']),
      { speaker: 'system', events: [{ type: 'hold_started', announcedSeconds: 120 }] },
      {
        speaker: 'system',
        events: [{ type: 'hold_ended', elapsedSeconds: 100, overrunSeconds: 0 }],
      },
      customer('Oui ?'),
      agent('Merci de votre patience.', ['hold_return', 'thank']),
      customer('Alors ?'),
      GOOD_CLOSING,
    ],
    present: [],
    absent: ['hold_unannounced', 'hold_overrun'],
  },
  {
    name: 'a hold without asking, then longer than announced',
    turns: [
      ...GOOD_OPENING,
      agent('Attendez.', []),
      { speaker: 'system', events: [{ type: 'hold_started', announcedSeconds: 0 }] },
      {
        speaker: 'system',
        events: [{ type: 'hold_ended', elapsedSeconds: 200, overrunSeconds: 200 }],
      },
      customer('Allô ?'),
      agent('Je reviens vers vous.', ['hold_return']),
      customer('Enfin.'),
      GOOD_CLOSING,
    ],
    present: ['hold_unannounced@2', 'hold_overrun@6'],
  },
];

describe('scoring rules', () => {
  it.each(CASES)('$name', ({ turns, present, absent = [] }) => {
    const found = rulesOf(turns);
    for (const expected of present) expect(found).toContain(expected);
    const rules = found.map((f) => f.split('@')[0]);
    for (const rule of absent) expect(rules).not.toContain(rule);
  });

  it('a clean call scores 100 on every measured criterion', () => {
    const card = score([...GOOD_OPENING, ...VERIFIED, GOOD_CLOSING]);
    expect(card).toMatchObject({ brandTone: 100, recovery: null, compliance: { passed: true } });
    expect(card.adherence.score).toBe(100);
    expect(card.findings).toEqual([]);
  });

  it('recovery is "not measured" when nothing derailed, and a number when something did', () => {
    expect(score([...GOOD_OPENING, GOOD_CLOSING]).recovery).toBeNull();
    expect(
      score([...GOOD_OPENING, outburst(), agent('Bon.'), handled(), GOOD_CLOSING]).recovery,
    ).toBeLessThan(100);
  });

  it('an aside the call ended on, before any reply, is not measured', () => {
    const card = score([...GOOD_OPENING, GOOD_CLOSING, outburst()]);
    expect(card.recovery).toBeNull();
    expect(card.asides).toEqual([]);
  });

  it('a recovery mistake costs more than the same words outside an aside', () => {
    const calm = [{ id: 'banned_phrase' as const, text: 'Calmez-vous' }];
    const inAside = score([
      ...GOOD_OPENING,
      outburst(),
      agent('Calmez-vous.', ['empathise'], calm),
      handled(),
      GOOD_CLOSING,
    ]);
    const elsewhere = score([
      ...GOOD_OPENING,
      agent('Calmez-vous.', ['empathise'], calm),
      customer('Hein ?'),
      GOOD_CLOSING,
    ]);
    const cost = (card: typeof inAside) =>
      card.findings.filter((f) => f.quote === 'Calmez-vous').reduce((sum, f) => sum + f.points, 0);
    expect(cost(inAside)).toBeLessThan(cost(elsewhere));
  });

  it('a compliance breach makes the call non-compliant, shown with its turn, and the overall 0', () => {
    const card = score([agent('Oui ?', ['offer_help']), customer('Le prélèvement.'), GOOD_CLOSING]);
    expect(card.compliance.passed).toBe(false);
    expect(card.compliance.breaches[0]).toMatchObject({
      rule: 'recording_notice_missing',
      turn: 0,
    });
    expect(card.overall).toMatchObject({ score: 0, outOf20: 0, grade: 'non-conforme' });
  });

  it('notes in French for a French script, with a better line in French', () => {
    const card = score([agent('Oui ?', ['offer_help']), customer('Le prélèvement.'), GOOD_CLOSING]);
    const greeting = card.findings.find((f) => f.rule === 'greeting_missing');
    expect(greeting?.why).toMatch(/formule d'accueil/u);
    expect(greeting?.better).toMatch(/Brisa Énergie, bonjour/u);
  });
});
