import { describe, expect, it } from 'vitest';
import type { SessionState } from '@/domain/session/session.types';
import {
  agent,
  customer,
  GOOD_CLOSING,
  GOOD_OPENING,
  scoreSpecs,
  type TurnSpec,
} from './scoring-fixtures';

const score = scoreSpecs;
const rules = (specs: TurnSpec[], outcome?: SessionState['outcome']) =>
  score(specs, outcome).findings.map((f) => f.rule);
const digression = customer('Au fait, vous faites aussi les assurances ? Ma fille cherche…', 30, [
  { type: 'aside_started', aside: 'off_topic', source: 'improvised' },
]);
const managerDemand = customer('Passez-moi votre responsable.', 70, [
  { type: 'aside_started', aside: 'manager_demand', source: 'improvised' },
]);

describe('recovery judged on the handling (issue 13, item 3)', () => {
  it('a closed question that steers past a digression does not answer it; a bridge does', () => {
    const closed = agent('Votre numéro client, oui ou non ?', ['probe_closed']);
    const bridge = agent(
      'Je vous donnerai le bon numéro à la fin de l’appel. Revenons à votre prélèvement : votre numéro client ?',
      ['probe_closed'],
    );
    expect(rules([...GOOD_OPENING, digression, closed, GOOD_CLOSING])).toContain('aside_ignored');
    expect(rules([...GOOD_OPENING, digression, bridge, GOOD_CLOSING])).not.toContain(
      'aside_ignored',
    );
  });

  it('asked to slow down, going on to explain is not an answer; saying it again more slowly is', () => {
    const tooFast = customer('Excusez-moi, vous parlez un peu vite pour moi.', 20, [
      { type: 'aside_started', aside: 'repeat_request', source: 'improvised' },
    ]);
    const onwards = agent(
      'Pour protéger votre compte, pouvez-vous me donner votre numéro client, puis le montant de votre dernière mensualité ?',
      ['explain', 'verify_identity'],
    );
    const slower = agent(
      'Pardon, je reprends plus lentement. Pour protéger votre compte, pouvez-vous me donner votre numéro client ?',
      ['explain', 'verify_identity'],
    );
    const reworded = agent('Autrement dit : il me faut votre numéro client.', ['reformulate']);
    expect(rules([...GOOD_OPENING, tooFast, onwards, GOOD_CLOSING])).toContain('aside_ignored');
    for (const answer of [slower, reworded])
      expect(rules([...GOOD_OPENING, tooFast, answer, GOOD_CLOSING])).not.toContain(
        'aside_ignored',
      );
  });

  it('« je ne sais pas, je vérifie et je vous rappelle avant … » is a good answer, not a fault', () => {
    const owned = agent(
      'Je ne sais pas encore, je vérifie auprès du service et je vous rappelle avant 17 h.',
      ['commit'],
      [{ id: 'banned_phrase', text: 'Je ne sais pas' }],
    );
    const found = rules([...GOOD_OPENING, managerDemand, owned, GOOD_CLOSING]);
    expect(found).not.toContain('banned_phrase');
    expect(found).not.toContain('aside_ignored');
    expect(found).not.toContain('recovery_mistake');
  });

  it('a cold transfer costs recovery; announcing, asking and briefing does not', () => {
    const transfer: TurnSpec = { speaker: 'system', events: [{ type: 'transfer' }] };
    const transferred: SessionState['outcome'] = {
      code: 'transferred',
      success: true,
      reason: 'transferred',
    };
    const cold = [
      ...GOOD_OPENING,
      managerDemand,
      agent('Je vous transfère.', ['transfer']),
      transfer,
    ];
    const warm = [
      ...GOOD_OPENING,
      managerDemand,
      agent(
        'Je peux vous mettre en relation avec Madame Leroy : acceptez-vous que je lui présente votre dossier ?',
        ['transfer'],
      ),
      customer('Oui.'),
      agent(
        'Madame Leroy, j’ai Monsieur Garnier en ligne pour un prélèvement à décaler. Je vous le passe.',
        ['transfer'],
      ),
      transfer,
    ];
    expect(rules(cold, transferred)).toContain('cold_transfer');
    expect(rules(warm, transferred)).not.toContain('cold_transfer');
    expect(rules(warm, transferred)).not.toContain('closing_missing');
  });
});

describe('hold etiquette (issue 13, item 3)', () => {
  const hold = (back: string): TurnSpec[] => [
    ...GOOD_OPENING,
    agent('Puis-je vous mettre en attente deux minutes ?', ['hold_request']),
    customer('Oui.'),
    { speaker: 'system', events: [{ type: 'hold_started', announcedSeconds: 120 }] },
    { speaker: 'system', events: [{ type: 'hold_ended', elapsedSeconds: 100, overrunSeconds: 0 }] },
    agent(back, ['explain']),
    GOOD_CLOSING,
  ];

  it('the return thanks the caller for waiting', () => {
    expect(rules(hold('Bon. J’ai les informations.'))).toContain('hold_no_thanks');
    expect(rules(hold('Merci d’avoir patienté. J’ai les informations.'))).not.toContain(
      'hold_no_thanks',
    );
  });
});
