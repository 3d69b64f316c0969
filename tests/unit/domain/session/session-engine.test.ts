import { describe, expect, it } from 'vitest';
import type { Persona } from '@/domain/script/persona-schema';
import { agentSays, startSession } from '@/domain/session/session-engine';
import type { SessionState } from '@/domain/session/session.types';
import type { RehearsalMode } from '@/domain/customer/customer.types';
import {
  exampleBrand,
  exampleScript,
  fakePersona,
  libraryDocument,
  POLITE_LINES,
  realDeps,
  RUDE_LINES,
} from './session-fixtures';

const script = exampleScript();
const brand = exampleBrand();
const deps = realDeps(brand);

function play(
  persona: Persona,
  seed: number,
  lines: readonly string[],
  mode: RehearsalMode = 'filage',
): SessionState {
  let state = startSession({ script, persona, brand, mode, seed });
  for (const line of lines) state = agentSays(state, line, deps);
  return state;
}

const aggressive = fakePersona({
  id: 'test-agressif',
  type: 'agressif',
  initialMood: -0.6,
  temperament: { irritability: 0.9, patience: 0.3, trust: 0.2, improvisation: 0.6 },
});
const calm = fakePersona({
  id: 'test-calme',
  type: 'cooperatif',
  initialMood: 0.3,
  temperament: { irritability: 0.1, patience: 0.9, trust: 0.8, improvisation: 0.2 },
});
const fraudster = fakePersona({
  id: 'test-fraudeur',
  type: 'fraudeur',
  temperament: { improvisation: 0.5 },
  hiddenIntent: {
    goal: 'Obtenir l’adresse de facturation d’un autre client.',
    tactics: ['Se faire passer pour le conjoint', 'Invoquer l’urgence'],
    knows: ['nom du titulaire'],
    doesNotKnow: ['numéro client', 'montant de la dernière mensualité'],
  },
});

const finalIrritation = (state: SessionState) => state.transcript.at(-1)?.mood.irritation ?? NaN;
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

// Hundreds of whole calls through the real analyser: seconds, not milliseconds.
describe('session engine', { timeout: 60_000 }, () => {
  it('replays the same call byte for byte from the same seed and lines', () => {
    const first = JSON.stringify(play(aggressive, 1234, POLITE_LINES).transcript);
    expect(JSON.stringify(play(aggressive, 1234, POLITE_LINES).transcript)).toBe(first);
    const others = [1, 2, 3, 4, 5].map((seed) =>
      JSON.stringify(play(aggressive, seed, POLITE_LINES).transcript),
    );
    expect(new Set([first, ...others]).size).toBeGreaterThan(1);
  });

  it('makes an aggressive persona end angrier than a calm one over 200 polite calls', () => {
    const seeds = Array.from({ length: 200 }, (_, i) => i + 1);
    const angry = mean(seeds.map((seed) => finalIrritation(play(aggressive, seed, POLITE_LINES))));
    const serene = mean(seeds.map((seed) => finalIrritation(play(calm, seed, POLITE_LINES))));
    expect(angry).toBeGreaterThan(serene + 10);
  });

  it('reacts visibly differently to a courteous agent and a rude one', () => {
    const seeds = Array.from({ length: 50 }, (_, i) => i + 1);
    const polite = mean(seeds.map((seed) => finalIrritation(play(aggressive, seed, POLITE_LINES))));
    const rude = mean(seeds.map((seed) => finalIrritation(play(aggressive, seed, RUDE_LINES))));
    expect(rude).toBeGreaterThan(polite + 20);
  });

  it('lets the fraud persona attempt social engineering in at least 80 % of run-throughs', () => {
    // The agent's goodbye now ends the call where it stands: keep the call open one more turn
    // before it, so the persona has the turns its drive needs whatever the script's position.
    const lines = [...POLITE_LINES.slice(0, 3), 'Je vous écoute, je suis là pour vous aider.'];
    const seeds = Array.from({ length: 100 }, (_, i) => i + 1);
    const attempted = seeds.filter((seed) =>
      play(fraudster, seed, [...lines, ...POLITE_LINES.slice(3)]).transcript.some((turn) =>
        turn.events.some(
          (event) => event.type === 'aside_started' && event.aside === 'social_engineering',
        ),
      ),
    );
    expect(attempted.length).toBeGreaterThanOrEqual(80);
  });

  it('plays the library personas as distinct characters: Karim (agressif) ends angrier than Claire (indécise)', () => {
    const karim = libraryDocument('persona', 'karim-benali-agressif');
    const claire = libraryDocument('persona', 'claire-dumas-indecise');
    const seeds = Array.from({ length: 200 }, (_, i) => i + 1);
    const angry = mean(seeds.map((seed) => finalIrritation(play(karim, seed, POLITE_LINES))));
    const calmer = mean(seeds.map((seed) => finalIrritation(play(claire, seed, POLITE_LINES))));
    expect(angry).toBeGreaterThan(calmer + 10);
  });

  it('makes the library fraudster try social engineering in at least 80 % of its own script', () => {
    const fraudScript = libraryDocument('script', 'tentative-fraude-sim');
    const thierry = libraryDocument('persona', 'thierry-vasseur-fraudeur');
    const lumio = libraryDocument('brand-guide', 'lumio-telecom');
    const lumioDeps = realDeps(lumio);
    const lines = [
      'Lumio bonjour, Camille à votre écoute ; cet appel est enregistré pour la qualité. En quoi puis-je vous aider ?',
      "Pour sécuriser le dossier, pouvez-vous me donner le numéro client du titulaire, s'il vous plaît ?",
      "Je ne peux pas communiquer d'informations sans le titulaire ; elle peut nous appeler ou passer par son espace client.",
    ];
    const attempts = Array.from({ length: 100 }, (_, i) => {
      let state = startSession({
        script: fraudScript,
        persona: thierry,
        brand: lumio,
        mode: 'filage',
        seed: i + 1,
      });
      for (const line of lines) state = agentSays(state, line, lumioDeps);
      return state.transcript.some((turn) =>
        turn.events.some(
          (event) => event.type === 'aside_started' && event.aside === 'social_engineering',
        ),
      );
    });
    expect(attempts.filter(Boolean).length).toBeGreaterThanOrEqual(80);
  });

  it('records only the facts a dodging caller really gave, never the ones it dodged', () => {
    const thierry = libraryDocument('persona', 'thierry-vasseur-fraudeur');
    const lumio = libraryDocument('brand-guide', 'lumio-telecom');
    // Asked in the greeting, before the verification step whose reactions the author wrote.
    const lines = [
      'Lumio bonjour, Camille à votre écoute ; cet appel est enregistré. Pouvez-vous me donner votre numéro client et votre nom ?',
    ];
    const factsGiven = (persona: typeof thierry, seed: number) => {
      let state = startSession({
        script: libraryDocument('script', 'tentative-fraude-sim'),
        persona,
        brand: lumio,
        mode: 'filage',
        seed,
      });
      for (const line of lines) state = agentSays(state, line, realDeps(lumio));
      const events = state.transcript.flatMap((turn) =>
        turn.events.flatMap((event) => (event.type === 'facts_given' ? event.facts : [])),
      );
      return { events, memory: state.memory.factsGiven };
    };
    // An honest customer, same script and line: the answer path runs and gives the number.
    const honest = libraryDocument('persona', 'nathalie-roche-mefiante');
    expect(factsGiven(honest, 1).events).toContain('customerNumber');
    for (let seed = 1; seed <= 20; seed += 1) {
      const { events, memory } = factsGiven(thierry, seed);
      expect(events).not.toContain('customerNumber');
      expect(memory).not.toContain('customerNumber');
    }
  });

  it('never improvises in a read-through, even with the most volatile persona', () => {
    const volatile = fakePersona({
      type: 'agressif',
      hiddenIntent: fraudster.hiddenIntent,
      temperament: { improvisation: 1 },
    });
    for (let seed = 1; seed <= 200; seed += 1) {
      const state = play(volatile, seed, RUDE_LINES, 'lecture');
      const asides = state.transcript.flatMap((turn) =>
        turn.events.filter((event) => event.type === 'aside_started'),
      );
      expect(asides).toEqual([]);
    }
  });

  it('answers a request for the customer number from the fact sheet', () => {
    const state = play(
      calm,
      7,
      ['Brisa Énergie bonjour, pouvez-vous me donner votre numéro client ?'],
      'lecture',
    );
    expect(state.transcript.at(-1)?.text).toContain('BE-4471-0923');
  });

  it('lets the author’s reactions answer at a verification step, without a second answer', () => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const reply = play(calm, seed, POLITE_LINES.slice(0, 2), 'lecture').transcript.at(-1);
      expect(reply?.step).toBe('reponse-identite');
      expect(reply?.events.some((event) => event.type === 'facts_given')).toBe(false);
    }
  });

  it('ends the call with an outcome when the script reaches one', () => {
    const lines = [...POLITE_LINES, 'Merci pour votre appel, Monsieur Garnier, bonne journée.'];
    const outcomes = Array.from(
      { length: 30 },
      (_, i) => play(calm, i + 1, lines, 'lecture').outcome?.code,
    );
    expect(outcomes).toContain('resolved');
  });

  it('records sensitive data redacted', () => {
    const state = play(calm, 3, [
      'Votre carte 4970 1012 3456 7893 est bien enregistrée, Monsieur Garnier.',
    ]);
    const agent = state.transcript.find((turn) => turn.speaker === 'agent');
    expect(agent?.text).not.toContain('4970 1012 3456 7893');
    expect(JSON.stringify(agent)).not.toContain('3456 7893');
  });
});
