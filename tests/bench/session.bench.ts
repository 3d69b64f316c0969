import { readFileSync } from 'node:fs';
import { createAnalyser } from '../../src/domain/language/analyser';
import { defaultCorpus } from '../../src/domain/language/default-corpus';
import { redactAgentLine as redact } from '../../src/domain/language/redaction';
import { createRandom } from '../../src/domain/random/seeded-random';
import { gateDocument } from '../../src/domain/script/document-gate';
import type { BrandGuide } from '../../src/domain/script/brand-guide-schema';
import type { Persona } from '../../src/domain/script/persona-schema';
import type { Script } from '../../src/domain/script/script-schema';
import { agentSays, startSession } from '../../src/domain/session/session-engine';
import type { BenchFigure } from '../../tools/bench';

export const name = 'Session turn latency (analyse + customer decision + script step)';

function library<T>(path: string): T {
  const gated = gateDocument(
    readFileSync(new URL(`../../scripts-library/${path}`, import.meta.url), 'utf8'),
  );
  if (!gated.ok) throw new Error(`${path} does not pass the gate`);
  return gated.value.document as T;
}

const LINES = [
  'Brisa Énergie bonjour, Julie à votre écoute, en quoi puis-je vous aider ?',
  "Pour sécuriser votre dossier, pouvez-vous me donner votre numéro client, s'il vous plaît ?",
  'Je comprends votre agacement, Monsieur Garnier ; si je résume, vous voulez passer au 15, c’est bien cela ?',
  'Je fais le changement maintenant, vous aurez la confirmation par courriel avant ce soir.',
  'Pas de souci, je vais essayer, normalement ça devrait marcher.',
  "Ouais, c'est quoi ton numéro ?",
  'Avez-vous d’autres questions ? Je vous souhaite une bonne journée, Monsieur Garnier.',
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

/** 10,000 agent turns over seeded calls; each timed from the line to the customer's reply. */
export function run(): BenchFigure[] {
  const script = library<Script>('scripts/exemple-date-prelevement.json');
  const persona = library<Persona>('personas/remi-garnier-presse.json');
  const brand = library<BrandGuide>('brands/brisa-energie.json');
  const analyser = createAnalyser({ lang: 'fr', corpus: defaultCorpus('fr'), brandVoice: brand });
  const deps = { analyse: analyser.analyse, redact };
  const random = createRandom('bench:session');
  const timings: number[] = [];
  let state = startSession({ script, persona, brand, mode: 'filage', seed: 1 });
  for (let warm = 0; warm < 500; warm += 1) analyser.analyse(random.pick(LINES));
  while (timings.length < 10_000) {
    if (state.status !== 'in_call' || state.transcript.length > 16) {
      state = startSession({ script, persona, brand, mode: 'filage', seed: random.int(2 ** 31) });
    }
    const line = random.pick(LINES);
    const start = performance.now();
    state = agentSays(state, line, deps);
    timings.push(performance.now() - start);
  }
  timings.sort((a, b) => a - b);
  return [
    { label: 'turn latency p50', value: percentile(timings, 0.5), unit: 'ms' },
    { label: 'turn latency p95', value: percentile(timings, 0.95), unit: 'ms', target: 5 },
  ];
}
