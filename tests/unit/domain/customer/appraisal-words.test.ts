import { describe, expect, it } from 'vitest';
import { ANGER_THRESHOLD, chooseAside } from '@/domain/customer/aside-policy';
import { appraiseAgentTurn } from '@/domain/customer/appraisal';
import { initialMood } from '@/domain/customer/mood';
import { createRandom } from '@/domain/random/seeded-random';
import { fakePersona } from '../session/session-fixtures';

const persona = fakePersona({
  type: 'agressif',
  triggers: {
    calming: [{ id: 'super', description: 'Un mot qui plaît.', phrases: ['super'], strength: 1 }],
    inflaming: [{ id: 'ont', description: 'Un sigle honni.', phrases: ['ONT'], strength: 1 }],
  },
});
const context = {
  persona,
  mood: initialMood(persona),
  customerWaitingForAnswer: false,
  timesNamed: 0,
  askedAgain: false,
};
const triggered = (text: string) =>
  appraiseAgentTurn({ text, moves: [], flags: [] }, context)
    .map((cause) => cause.id)
    .filter((id) => id.startsWith('persona:'));

describe('what moves the mood', () => {
  it('matches persona triggers on whole words only', () => {
    expect(triggered('Je transmets à ma superviseure le montant exact.')).toEqual([]);
    expect(triggered('C’est super, et l’ONT est changé.')).toEqual([
      'persona:super',
      'persona:ont',
    ]);
  });

  it('lets nothing in a rude line calm the customer', () => {
    const causes = appraiseAgentTurn(
      {
        text: 'Je comprends, mais c’est votre faute.',
        moves: [{ id: 'empathise', confidence: 0.9 }],
        flags: [{ id: 'blame', text: 'c’est votre faute' }],
      },
      context,
    );
    expect(causes.some((cause) => cause.effect === 'calm')).toBe(false);
  });

  it('asks nothing about a line the customer just answered, whatever the mood', () => {
    const calm = { irritation: ANGER_THRESHOLD - 1, trust: 50, patience: 80 };
    const random = createRandom(7);
    const kinds = Array.from({ length: 200 }, () =>
      chooseAside(persona, calm, random, { afterAnswer: true }),
    );
    for (const about of ['interruption', 'misunderstanding', 'repeat_request'])
      expect(kinds).not.toContain(about);
  });

  it('starts no angry aside below the anger threshold, even for an aggressive persona', () => {
    const calm = { irritation: ANGER_THRESHOLD - 1, trust: 50, patience: 80 };
    const random = createRandom(7);
    const kinds = Array.from({ length: 200 }, () => chooseAside(persona, calm, random));
    expect(kinds).not.toContain(null);
    expect(
      kinds.filter((k) => ['outburst', 'manager_demand', 'legal_threat'].includes(k ?? '')),
    ).toEqual([]);
    const angry = { ...calm, irritation: 90 };
    expect(Array.from({ length: 200 }, () => chooseAside(persona, angry, random))).toContain(
      'outburst',
    );
  });
});
