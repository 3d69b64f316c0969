import { describe, expect, it } from 'vitest';
import { ASIDE_KINDS } from '@/domain/customer/customer.types';
import { asideLine, fillerLine, fillPlaceholders } from '@/domain/customer/customer-lines';
import { answerFacts, requestedFacts } from '@/domain/customer/fact-answers';
import { createRandom } from '@/domain/random/seeded-random';
import { fakePersona, libraryDocument } from '../session/session-fixtures';

describe('customer lines', () => {
  it('expands every aside line completely, in every register and language', () => {
    for (const register of ['soutenu', 'courant', 'familier'] as const) {
      for (const language of ['fr', 'en'] as const) {
        const persona = fakePersona({
          language,
          speechStyle: { ...fakePersona().speechStyle, register },
        });
        const random = createRandom(`${register}:${language}`);
        for (const kind of ASIDE_KINDS) {
          for (const stage of ['start', 'escalate', 'settle'] as const) {
            for (let draw = 0; draw < 30; draw += 1) {
              // Half the draws on a call the firm made: its own lines must expand as well.
              const direction = draw % 2 === 0 ? 'inbound' : 'outbound';
              const line = asideLine(kind, stage, persona, random, new Set(), direction);
              expect(line, `${language} ${register} ${kind} ${stage} ${direction}`).not.toMatch(
                /[#{}]|\s{2}|^\s|\s$/u,
              );
              expect(line.length).toBeGreaterThan(0);
            }
          }
        }
      }
    }
  });

  it('does not repeat a line already said, unless the persona repeats itself by nature', () => {
    const hurried = fakePersona({ type: 'presse' });
    const random = createRandom(9);
    const said = new Set<string>();
    for (let i = 0; i < 3; i += 1) said.add(asideLine('outburst', 'start', hurried, random, said));
    expect(said.size).toBe(3);
    const repeats = fakePersona({ type: 'recidiviste' });
    const lines = Array.from({ length: 30 }, () =>
      fillerLine('waiting', repeats, random, new Set(['Oui ?'])),
    );
    expect(lines).toContain('Oui ?');
  });

  it('hears a request for facts only when the agent asks', () => {
    expect(requestedFacts('Pouvez-vous me donner votre numéro client ?')).toEqual([
      'customerNumber',
    ]);
    expect(requestedFacts('Vous recevrez la confirmation par courriel ce soir.')).toEqual([]);
    // The postcode alone is asked: the postcode is answered, not the whole address.
    expect(requestedFacts('Could you confirm your account number and postcode?')).toEqual([
      'customerNumber',
      'postcode',
    ]);
  });

  it('hears a need said plainly as a request, with either apostrophe', () => {
    // « j'ai besoin d » was followed by a word boundary, which « de » never gives.
    for (const line of [
      "J'ai besoin de votre numéro client.",
      'J’ai besoin de votre numéro client.',
      "J'ai besoin du numéro client figurant sur votre facture.",
    ])
      expect(requestedFacts(line)).toEqual(['customerNumber']);
    expect(requestedFacts('Votre numéro client figure sur la facture.')).toEqual([]);
  });

  it('answers from the fact sheet, and a fraudster dodges what it does not know', () => {
    const honest = fakePersona();
    const honestAnswer = answerFacts(['customerNumber'], honest, createRandom(1));
    expect(honestAnswer?.text).toContain(honest.factSheet.customerNumber);
    expect(honestAnswer?.given).toEqual(['customerNumber']);
    const liar = fakePersona({
      type: 'fraudeur',
      hiddenIntent: {
        goal: 'x',
        tactics: ['urgence'],
        knows: ['nom du titulaire'],
        doesNotKnow: ['numéro client'],
      },
    });
    const answer = answerFacts(['customerNumber'], liar, createRandom(1));
    expect(answer?.text).not.toContain(liar.factSheet.customerNumber);
    expect(answer?.text.length).toBeGreaterThan(10);
    // A dodged fact is not given: the engine must not record it as said.
    expect(answer?.given).toEqual([]);
  });
});

describe('the library fraudsters answer from what their file says they know', () => {
  it('Thierry gives a name and the line he knows, dodges the customer number and the bill', () => {
    const thierry = libraryDocument('persona', 'thierry-vasseur-fraudeur');
    const known = answerFacts(['fullName', 'phone'], thierry, createRandom(1));
    expect(known?.given).toEqual(['fullName', 'phone']);
    // The author's note in brackets is for the trainer, never said by the caller.
    expect(known?.text).not.toContain('(');
    const unknown = answerFacts(['customerNumber', 'securityDetail'], thierry, createRandom(1));
    expect(unknown?.given).toEqual([]);
  });

  it('Daniel knows the holder’s address and date of birth, not the account number or the email', () => {
    const daniel = libraryDocument('persona', 'daniel-cole-impostor');
    expect(answerFacts(['address', 'birthYear'], daniel, createRandom(1))?.given).toEqual([
      'address',
      'birthYear',
    ]);
    expect(answerFacts(['customerNumber', 'email'], daniel, createRandom(1))?.given).toEqual([]);
  });
});

describe('placeholders in authors’ lines', () => {
  it('fills names and facts from the fact sheet, and shows what the file cannot answer', () => {
    const persona = fakePersona();
    expect(
      fillPlaceholders('Merci {civilité} {nom}, votre mensualité de {mensualite} euros.', persona),
    ).toBe('Merci Monsieur Garnier, votre mensualité de 96 euros.');
    expect(fillPlaceholders('Prélevé le {date prélèvement}', persona)).toBe(
      'Prélevé le {date prélèvement}',
    );
    expect(fillPlaceholders('Prélèvement prévu {date}, à {heure}', persona)).toBe(
      'Prélèvement prévu le 5 de chaque mois, à [heure]',
    );
  });
});
