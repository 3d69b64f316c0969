import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASIDE_KINDS } from '@/domain/customer/customer.types';
import { MOVE_IDS } from '@/domain/moves/move-catalogue';
import { TONE_FLAG_IDS } from '@/domain/language/tone-flag-ids';
import { scoreSession } from '@/domain/scoring/score-session';
import type { TurnEvent } from '@/domain/session/session.types';
import { defaultRubric, goldenDocument } from '../../../fixtures/golden-sessions/golden-player';
import { agent, customer, sessionOf, type TurnSpec } from './scoring-fixtures';

const brand = goldenDocument('brand-guide', 'brisa-energie');
const rubric = defaultRubric();
const STEPS = [null, 'accueil', 'verification', 'changement', 'conclusion'];

const agentTurn = fc
  .record({
    text: fc.constantFrom('Bonjour.', 'Calmez-vous, c’est votre faute.', 'Je comprends.', 'Ouais.'),
    moves: fc.uniqueArray(fc.constantFrom(...MOVE_IDS), { maxLength: 4 }),
    flags: fc.array(fc.constantFrom(...TONE_FLAG_IDS), { maxLength: 4 }),
    step: fc.constantFrom(...STEPS),
  })
  .map(({ text, moves, flags, step }) =>
    agent(
      text,
      moves,
      flags.map((id) => ({ id, text: text.slice(0, 8) })),
      step,
    ),
  );

const event: fc.Arbitrary<TurnEvent> = fc.oneof(
  fc
    .constantFrom(...ASIDE_KINDS)
    .map((aside) => ({ type: 'aside_started' as const, aside, source: 'improvised' as const })),
  fc.constantFrom(...ASIDE_KINDS).map((aside) => ({ type: 'aside_handled' as const, aside })),
  fc.constant<TurnEvent>({ type: 'facts_given', facts: ['customerNumber'] }),
  fc.constant<TurnEvent>({ type: 'hang_up', by: 'customer' }),
);

const customerTurn = fc
  .record({
    irritation: fc.integer({ min: 0, max: 100 }),
    events: fc.array(event, { maxLength: 2 }),
  })
  .map(({ irritation, events }) => customer('Hmm.', irritation, events));

const prompter = fc.constant<TurnSpec>({
  speaker: 'system',
  events: [{ type: 'prompter_used', step: 'verification' }],
});

const transcript = fc.array(
  fc.oneof(
    { arbitrary: agentTurn, weight: 3 },
    { arbitrary: customerTurn, weight: 3 },
    { arbitrary: prompter, weight: 1 },
  ),
  {
    maxLength: 30,
  },
);

describe('scoring properties', () => {
  it('the findings of each criterion add up exactly to its score, and scores stay in 0–100', () => {
    fc.assert(
      fc.property(transcript, (specs) => {
        const card = scoreSession(sessionOf(specs), rubric, brand);
        const sum = (criterion: string) =>
          card.findings.filter((f) => f.criterion === criterion).reduce((s, f) => s + f.points, 0);
        expect(100 + sum('brandTone')).toBe(card.brandTone);
        expect(100 + sum('adherence')).toBe(card.adherence.score);
        expect(100 + sum('compliance')).toBe(card.compliance.score);
        if (card.recovery === null) expect(sum('recovery')).toBe(0);
        else expect(100 + sum('recovery')).toBe(card.recovery);
        for (const value of [
          card.brandTone,
          card.adherence.score,
          card.recovery ?? 0,
          card.overall.score,
        ]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
        expect(card.compliance.passed).toBe(card.compliance.breaches.length === 0);
        if (!card.compliance.passed) expect(card.overall.score).toBe(0);
      }),
      { numRuns: 300, seed: 6 },
    );
    // 300 runs take 6–8 s when eight test suites share two cores.
  }, 30_000);

  it('every finding has a turn of the transcript, a quote, a why and a better line', () => {
    fc.assert(
      fc.property(transcript, (specs) => {
        const session = sessionOf(specs);
        const card = scoreSession(session, rubric, brand);
        for (const finding of card.findings) {
          expect(session.transcript[finding.turn]).toBeDefined();
          expect(finding.quote.trim()).not.toBe('');
          expect(finding.why.trim()).not.toBe('');
          expect(finding.better.trim()).not.toBe('');
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('is deterministic: the same session scores byte-identically', () => {
    fc.assert(
      fc.property(transcript, (specs) => {
        const session = sessionOf(specs);
        const first = JSON.stringify(scoreSession(session, rubric, brand));
        expect(JSON.stringify(scoreSession(structuredClone(session), rubric, brand))).toBe(first);
      }),
      { numRuns: 100, seed: 8 },
    );
  });
});
