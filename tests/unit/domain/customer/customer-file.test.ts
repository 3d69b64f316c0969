import { describe, expect, it } from 'vitest';
import { customerFile, isMasked, MASKED_UNTIL_VERIFIED } from '@/domain/customer/customer-file';
import { personaSlots } from '@/domain/customer/file-slots';
import {
  formatAmount,
  formatDate,
  monthsBetween,
  nextWeekday,
} from '@/domain/customer/file-format';
import { identityVerified } from '@/domain/customer/identity-verified';
import { agentSays, startSession } from '@/domain/session/session-engine';
import {
  exampleBrand,
  exampleScript,
  libraryDocument,
  libraryPersonas,
  realDeps,
} from '../session/session-fixtures';

describe('the customer file', () => {
  it('is built from the persona: name, numbers, offer, invoices, address, contacts, checks', () => {
    const file = customerFile(libraryDocument('persona', 'karim-benali-agressif'));
    expect(file.holder).toEqual({
      civility: 'Monsieur',
      firstName: 'Karim',
      lastName: 'Benali',
      gender: 'm',
    });
    expect(file.customerNumber).toBe('BE-6093-1148');
    expect(file.contractNumber).toBe('CT-BE-6093-01');
    expect(file.invoices.map((invoice) => invoice.date)).toEqual([
      '2026-11-09',
      '2026-11-08',
      '2026-10-08',
    ]);
    expect(file.address).toBe('24 rue Jean-Jaurès, bâtiment B, 93200 Saint-Denis');
    expect(file.contacts).toHaveLength(1);
    expect(file.checks[0]).toEqual({
      label: 'Montant de la dernière mensualité',
      value: '87 euros',
    });
  });

  it('is the account holder’s file when the caller is not the holder, without authors’ notes', () => {
    const file = customerFile(libraryDocument('persona', 'thierry-vasseur-fraudeur'));
    expect(file.holder.firstName).toBe('Élodie');
    expect(file.holder.gender).toBe('f');
    expect(file.customerNumber).toBe('LU-3308-5521');
    expect(file.offer).not.toMatch(/[()]/u);
  });

  it('derives monthly invoices from the price when the persona lists none', () => {
    const file = customerFile(libraryDocument('persona', 'remi-garnier-presse'));
    expect(file.invoices).toEqual([
      { date: '2026-11-05', amount: 96, label: null },
      { date: '2026-10-05', amount: 96, label: null },
      { date: '2026-09-05', amount: 96, label: null },
    ]);
  });

  it('masks what a CRM hides until identity is verified, and nothing after', () => {
    expect(MASKED_UNTIL_VERIFIED).toContain('invoices');
    expect(isMasked('address', false)).toBe(true);
    expect(isMasked('customerNumber', false)).toBe(false);
    for (const field of MASKED_UNTIL_VERIFIED) expect(isMasked(field, true)).toBe(false);
  });

  it('fills every slot of every persona with a value', () => {
    for (const persona of libraryPersonas()) {
      const slots = personaSlots(persona);
      for (const name of [
        'civilité',
        'nom',
        'numéro-client',
        'montant',
        'date-remboursement',
        'date-rdv',
        'mensualité',
        'frais',
      ])
        expect(slots[name], `${persona.id} ${name}`).toMatch(/\S/u);
    }
  });
});

describe('amounts and dates as said in a call', () => {
  it.each([
    [87, 'fr', '87'],
    [34.99, 'fr', '34,99'],
    [17.5, 'fr', '17,50'],
    [68.4, 'en', '68.40'],
  ] as const)('%s in %s → %s', (amount, language, said) => {
    expect(formatAmount(amount, language)).toBe(said);
  });

  it('names days in the call’s language, the year only when it is not the call’s', () => {
    const callDate = '2026-11-12';
    expect(formatDate('2026-11-08', 'fr', { callDate })).toBe('8 novembre');
    expect(formatDate('2026-12-01', 'fr', { callDate })).toBe('1er décembre');
    expect(formatDate('2027-09-15', 'fr', { callDate })).toBe('15 septembre 2027');
    expect(formatDate('2025-09', 'fr', { callDate })).toBe('septembre 2025');
    expect(formatDate('2026-11-19', 'en', { callDate, weekday: true })).toBe(
      'Thursday 19 November',
    );
    expect(nextWeekday('2026-11-12', 4, 2)).toBe('2026-11-19');
    expect(monthsBetween('2026-11-24', '2027-09-15')).toBe(10);
  });

  it('counts the loi Chatel fee from the file: a quarter of the remaining months', () => {
    const slots = personaSlots(libraryDocument('persona', 'claire-dumas-indecise'));
    expect(slots.mois).toBe('10');
    expect(slots.frais).toBe('99,98');
    expect(slots['fin-engagement']).toBe('15 septembre 2027');
  });
});

describe('identity verified, as the stage reads it', () => {
  const script = exampleScript();
  const brand = exampleBrand();
  const deps = realDeps(brand);

  it('is false until the caller’s answer to the agent’s request matches the file', () => {
    const persona = libraryDocument('persona', 'remi-garnier-presse');
    const outcomes = new Set<boolean>();
    for (let seed = 1; seed <= 10; seed += 1) {
      let state = startSession({ script, persona, brand, mode: 'lecture', seed });
      state = agentSays(
        state,
        'Brisa Énergie bonjour, Julie à votre écoute. En quoi puis-je vous aider ?',
        deps,
      );
      expect(identityVerified(state)).toBe(false);
      state = agentSays(
        state,
        'Pour sécuriser votre dossier, pouvez-vous me donner votre numéro client et le montant de votre dernière mensualité ?',
        deps,
      );
      const answer = state.transcript.at(-1)?.text ?? '';
      const matches = answer.includes('BE-4471-0923') && answer.includes('96');
      expect(identityVerified(state), answer).toBe(matches);
      outcomes.add(matches);
    }
    // Across seeds the customer both gets it right and gets it wrong.
    expect([...outcomes].sort()).toEqual([false, true]);
  });

  it('never holds for a fraudster, whatever the seed', () => {
    const fraudScript = libraryDocument('script', 'tentative-fraude-sim');
    const fraudster = libraryDocument('persona', 'thierry-vasseur-fraudeur');
    const lumio = libraryDocument('brand-guide', fraudScript.brand);
    const lumioDeps = realDeps(lumio);
    for (let seed = 1; seed <= 8; seed += 1) {
      let state = startSession({
        script: fraudScript,
        persona: fraudster,
        brand: lumio,
        mode: 'repetition',
        seed,
      });
      for (const line of [
        'Lumio bonjour, Yanis à votre écoute, cet appel est enregistré. Que puis-je faire pour vous ?',
        'Pour sécuriser votre ligne, pouvez-vous me donner votre numéro client et le montant de votre dernière facture ?',
        'Pouvez-vous me redonner votre numéro client, s’il vous plaît ?',
      ])
        if (state.status !== 'ended') state = agentSays(state, line, lumioDeps);
      expect(identityVerified(state), `seed ${seed}`).toBe(false);
    }
  });
});
