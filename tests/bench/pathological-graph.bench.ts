import { readFileSync } from 'node:fs';
import type { BenchFigure } from '../../tools/bench';
import { checkDocumentText } from '../../src/domain/script/document-validator';
import { scriptSchema } from '../../src/domain/script/script-schema';
import { exploreOutcomePaths } from '../../src/domain/script/script-paths';
import { minimalBundle, step } from '../fixtures/scripts/rule-cases';

export const name = 'Pathological graphs (issue 14: every script validated in ≤ 1 s)';

const time = (run: () => unknown) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

/** A counter with bounds 0–100,000 that a loop keeps incrementing: a huge state space. */
function wideBounds(): string {
  const bundle = minimalBundle();
  bundle.script.variables[0].max = 100_000;
  step(bundle, 'relance').transitions[0].guard.value = 100_000;
  return JSON.stringify(bundle.script);
}

export function run(): BenchFigure[] {
  const wide = wideBounds();
  const largest = readFileSync('scripts-library/scripts/assistance-box-internet.json', 'utf8');
  const paths = exploreOutcomePaths(scriptSchema.parse(JSON.parse(wide)));
  return [
    {
      label: `validate, numeric bounds 0–100,000 (${wide.length} chars, stops at the limit)`,
      value: time(() => checkDocumentText(wide)),
      unit: 'ms',
      target: 1000,
    },
    {
      label: `scripts:check --paths, same script (${paths.transitions} chemins, complete: ${paths.complete})`,
      value: time(() => exploreOutcomePaths(scriptSchema.parse(JSON.parse(wide)))),
      unit: 'ms',
      target: 1000,
    },
    {
      label: `validate the library's largest graph (assistance-box-internet, ${largest.length} chars)`,
      value: time(() => checkDocumentText(largest)),
      unit: 'ms',
      target: 1000,
    },
  ];
}
