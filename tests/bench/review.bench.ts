import { toImportedSessions } from '../../src/domain/review/imported-session';
import { planImport } from '../../src/domain/review/import-plan';
import { gateSessionBundle } from '../../src/domain/review/session-bundle-gate';
import { summariseTeam } from '../../src/domain/review/team-summary';
import {
  bundledSession,
  knowsExampleScript,
  sessionBundle,
} from '../fixtures/review/session-bundles';
import type { BenchFigure } from '../../tools/bench';

export const name = 'Revue: import gate and team summary (Node, domain code only)';

const time = (work: () => void) => {
  const start = performance.now();
  work();
  return Math.round(performance.now() - start);
};

// A realistic call: 14 turns of about 90 characters, a score card with three findings.
function session(agent: number, index: number) {
  const base = bundledSession(`a${agent}-s${index}`, {
    startedAt: new Date(Date.UTC(2026, 0, 1) + index * 3_600_000).toISOString(),
  });
  const turns = Array.from({ length: 14 }, (_, turn) => ({
    index: turn,
    speaker: turn % 2 === 0 ? 'agent' : 'customer',
    text: `Réplique ${turn} de la séance ${index} : je vérifie votre dossier et je reviens vers vous.`,
    step: 'accueil',
    phase: 'opening',
  }));
  const findings = [0, 1, 2].map((n) => ({ ...base.scoreCard.findings[0], turn: n * 2 }));
  return { ...base, transcript: turns, scoreCard: { ...base.scoreCard, findings } };
}

export function run(): BenchFigure[] {
  const big = sessionBundle(Array.from({ length: 10_000 }, (_, i) => session(0, i)));
  // Compact JSON: the indented export of these calls is 50 MB, over the 40 MB limit (see the note).
  const text = JSON.stringify(big);
  let imported = 0;
  const importMs = time(() => {
    const gated = gateSessionBundle(text, { knowsScript: knowsExampleScript });
    if (!gated.ok) throw new Error(JSON.stringify(gated.problems[0]));
    imported = planImport(toImportedSessions(gated.value), new Map()).fresh.length;
  });
  if (imported !== 10_000) throw new Error(`imported ${imported}`);

  const team = Array.from({ length: 200 }, (_, agent) =>
    toImportedSessions(
      sessionBundle(
        Array.from({ length: 50 }, (_, i) => session(agent, i)),
        { id: `agent-${agent}`, displayName: `Agent ${agent}`, role: 'agent' },
      ) as never,
    ),
  ).flat();
  let rows = 0;
  const summaryMs = time(() => {
    rows = summariseTeam(team).length;
  });
  if (rows !== 200) throw new Error(`rows ${rows}`);
  return [
    {
      label: `bundle size (${(text.length / 1e6).toFixed(1)} M characters)`,
      value: text.length / 1e6,
      unit: 'M chars',
      target: 40,
    },
    { label: 'gate + plan a 10,000-session bundle', value: importMs, unit: 'ms', target: 5000 },
    { label: 'team summary, 200 agents × 50 sessions', value: summaryMs, unit: 'ms', target: 300 },
  ];
}
