import { readFileSync } from 'node:fs';
import type { BenchFigure } from '../../tools/bench';
import { checkDocumentText } from '../../src/domain/script/document-validator';
import { scriptSchema } from '../../src/domain/script/script-schema';
import { exploreOutcomePaths } from '../../src/domain/script/script-paths';
import { minimalBundle, step } from '../fixtures/scripts/rule-cases';

export const name = 'Pathological graphs (issue 14: every script validated in ≤ 1 s)';

/** CPU time, not wall time: the machine is shared, and wall time mostly measures the others. */
const cpu = (run: () => unknown) => {
  run(); // warm-up, as in a session that has already validated one script
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

/** A counter with bounds 0–100,000 that a loop keeps incrementing: a huge state space. */
function wideBounds(): string {
  const bundle = minimalBundle();
  bundle.script.variables[0].max = 100_000;
  step(bundle, 'relance').transitions[0].guard.value = 100_000;
  return JSON.stringify(bundle.script);
}

/** Twelve booleans flipped freely by one agent step: 4,096 value combinations per step. */
function combinatorial(): string {
  const { script } = minimalBundle();
  const flags = Array.from({ length: 12 }, (_, i) => `drapeau${i}`);
  script.variables.push(...flags.map((id) => ({ id, type: 'boolean', default: false })));
  const verification = step({ script } as never, 'verification');
  verification.transitions = [
    ...flags.map((id, i) => ({
      id: `t-bascule-${i}`,
      to: 'verification',
      onMove: ['explain', 'reassure', 'empathize', 'clarify'][i % 4],
      guard: { variable: id, op: 'eq', value: false },
      set: [{ variable: id, value: true }],
    })),
    ...verification.transitions,
  ];
  return JSON.stringify(script);
}

export function run(): BenchFigure[] {
  const wide = wideBounds();
  const flags = combinatorial();
  const largest = readFileSync('scripts-library/scripts/assistance-box-internet.json', 'utf8');
  const paths = exploreOutcomePaths(scriptSchema.parse(JSON.parse(wide)));
  return [
    {
      label: `validate, numeric bounds 0–100,000 (${wide.length} chars, stops at the limit), CPU`,
      value: cpu(() => checkDocumentText(wide)),
      unit: 'ms',
      target: 1000,
    },
    {
      label: `scripts:check --paths, same script (${paths.transitions} chemins, complete: ${paths.complete}), CPU`,
      value: cpu(() => exploreOutcomePaths(scriptSchema.parse(JSON.parse(wide)))),
      unit: 'ms',
      target: 1000,
    },
    {
      label: `validate, 12 booleans set in any order (${flags.length} chars), CPU`,
      value: cpu(() => checkDocumentText(flags)),
      unit: 'ms',
      target: 1000,
    },
    {
      label: `validate the library's largest graph (assistance-box-internet, ${largest.length} chars), CPU`,
      value: cpu(() => checkDocumentText(largest)),
      unit: 'ms',
      target: 1000,
    },
  ];
}
