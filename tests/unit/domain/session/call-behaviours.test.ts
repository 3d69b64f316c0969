import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Persona } from '@/domain/script/persona-schema';
import type { Script } from '@/domain/script/script-schema';
import type { SessionState } from '@/domain/session/session.types';
import { ANGER_THRESHOLD } from '@/domain/customer/aside-policy';
import { needsIdentityCheck } from '@/domain/session/step-gate';
import { changeStep, playCall, type Behaviour } from '../../../../tools/call-behaviours';
import { rudeLinesThatCalmed } from '../../../../tools/call-coherence';
import { exampleBrand, libraryDocument, libraryPersonas, realDeps } from './session-fixtures';

const SEEDS = [1, 2, 3];
const ANGRY = new Set(['outburst', 'manager_demand', 'legal_threat']);
const brand = exampleBrand();
const french: Script = libraryDocument('script', 'facturation-double-prelevement');
const english: Script = libraryDocument('script', 'en-billing-dispute');

const played = new Map<string, SessionState>();
function play(persona: Persona, behaviour: Behaviour, seed: number): SessionState {
  const key = `${persona.id} ${behaviour} ${seed}`;
  const known = played.get(key);
  if (known) return known;
  const session = playFresh(persona, behaviour, seed);
  played.set(key, session);
  return session;
}

function playFresh(persona: Persona, behaviour: Behaviour, seed: number): SessionState {
  const script = persona.language === 'fr' ? french : english;
  const scriptBrand =
    persona.language === 'fr' ? brand : libraryDocument('brand-guide', english.brand);
  return playCall(
    { script, persona, brand: scriptBrand, seed },
    behaviour,
    realDeps(scriptBrand, persona.language),
  );
}

// Whole calls through the real engine and analyser, for every persona: a minute or two.
describe('the call follows what the agent does, for every persona', { timeout: 600_000 }, () => {
  const personas = libraryPersonas();

  it('never reaches a success outcome on nonsense or silence, and ends them by a hang-up', () => {
    for (const persona of personas)
      for (const behaviour of ['nonsense', 'silent'] as const)
        for (const seed of SEEDS) {
          const session = play(persona, behaviour, seed);
          expect(session.outcome?.success, `${persona.id} ${behaviour} ${seed}`).toBe(false);
          expect(session.outcome?.code).toBe('customer_hung_up');
        }
  });

  it('answers nonsense as a person would, and never moves the script on it', () => {
    const persona = personas.find((p) => p.language === 'fr') as Persona;
    const session = play(persona, 'nonsense', 1);
    const customer = session.transcript.filter((turn) => turn.speaker === 'customer');
    expect(customer[0]?.text).toMatch(/Pardon|Comment|répéter/u);
    const agentSteps = new Set(
      session.transcript.filter((turn) => turn.speaker === 'agent').map((turn) => turn.step),
    );
    expect([...agentSteps]).toEqual(['accueil']);
  });

  // Fraudsters included: refused again and again with the same polite words, they stay less
  // irritated than a caller who is ignored until they hang up.
  it('ends ignoring, nonsense and silence more irritated than attentive handling, call by call', () => {
    for (const persona of personas)
      for (const seed of SEEDS) {
        const attentive = play(persona, 'attentive', seed).mood.irritation;
        for (const behaviour of ['ignoring', 'nonsense', 'silent'] as const)
          expect(
            play(persona, behaviour, seed).mood.irritation,
            `${persona.id} ${behaviour} seed ${seed}`,
          ).toBeGreaterThan(attentive);
      }
  });

  // Anger subsides over turns: a hostile customer handled well calms down, but never to nothing
  // in a few exchanges, and only an irritated customer makes an angry aside.
  it('keeps words and mood together: no hostile customer at 0, no angry aside when calm', () => {
    for (const persona of personas)
      for (const seed of SEEDS) {
        const session = play(persona, 'attentive', seed);
        const customerTurns = session.transcript.filter((turn) => turn.speaker !== 'agent');
        if (persona.temperament.irritability >= 0.6)
          for (const turn of session.transcript.slice(0, 12))
            expect(
              turn.mood.irritation,
              `${persona.id} ${seed} turn ${turn.index}`,
            ).toBeGreaterThan(0);
        // The mood the customer was in when they chose to go off-script (the turn before).
        for (const turn of customerTurns)
          for (const event of turn.events)
            if (
              event.type === 'aside_started' &&
              event.source === 'improvised' &&
              ANGRY.has(event.aside)
            )
              expect(
                session.transcript[turn.index - 1]?.mood.irritation,
                `${persona.id} ${seed} ${event.aside}`,
              ).toBeGreaterThanOrEqual(ANGER_THRESHOLD);
      }
  });

  it('never lowers irritation after a rude line', () => {
    for (const persona of personas)
      for (const seed of SEEDS) {
        const rude = rudeLinesThatCalmed(play(persona, 'rude', seed));
        expect(rude.turns, persona.id).toBeGreaterThan(0);
        expect(rude.calmed, persona.id).toBe(0);
      }
  });

  it('records acting on the account before identity is checked at that very turn', () => {
    for (const persona of personas.filter((p) => p.language === 'fr'))
      for (const seed of SEEDS) {
        const session = play(persona, 'skip_verification', seed);
        const breach = session.transcript.find((turn) =>
          turn.events.some((event) => event.type === 'unverified_change'),
        );
        expect(breach?.speaker, `${persona.id} ${seed}`).toBe('agent');
        expect(breach?.phase).toBe('verification');
        expect(session.outcome?.success).not.toBe(true);
      }
  });

  // Every script that checks identity before a change, each persona of its language: the
  // careless agent's change line (the script's own, at the verification step) is the breach —
  // « I've recorded … as your new address » as much as « c'est fait, ce sera le cas dès … ».
  it('records the skipped verification at the change in every script that checks identity', () => {
    const scripts = readdirSync(join(process.cwd(), 'scripts-library/scripts'))
      .map((file) => libraryDocument('script', file.replace(/\.json$/u, '')))
      .filter((script) => needsIdentityCheck(script) && changeStep(script) !== null);
    expect(scripts.map((script) => script.language)).toContain('en');
    for (const script of scripts) {
      const scriptBrand = libraryDocument('brand-guide', script.brand);
      for (const persona of personas.filter((p) => p.language === script.language)) {
        const session = playCall(
          { script, persona, brand: scriptBrand, seed: 1 },
          'skip_verification',
          realDeps(scriptBrand, script.language),
        );
        const breach = session.transcript.find((turn) =>
          turn.events.some((event) => event.type === 'unverified_change'),
        );
        expect(breach?.speaker, `${script.id} × ${persona.id}`).toBe('agent');
      }
    }
  });
});
