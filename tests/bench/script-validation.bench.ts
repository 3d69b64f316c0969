import type { BenchFigure } from '../../tools/bench';
import { brandGuideSchema } from '../../src/domain/script/brand-guide-schema';
import { checkDocumentText } from '../../src/domain/script/document-validator';
import { scriptSchema } from '../../src/domain/script/script-schema';
import { shortestOutcomePaths } from '../../src/domain/script/script-paths';
import { generateScript } from '../fixtures/scripts/generate-script';
import { minimalBundle } from '../fixtures/scripts/rule-cases';

export const name = 'Script validation (generated 500-step script)';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function time(run: () => void, repeats: number): number {
  const samples: number[] = [];
  for (let i = 0; i < repeats; i += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** Gate + every validator rule (including the xstate/graph proof) on 500 steps, end to end. */
export function run(): BenchFigure[] {
  const text = JSON.stringify(generateScript(500));
  const brand = brandGuideSchema.parse(minimalBundle().brand);
  const library = { brands: new Map([[brand.id, brand]]), personas: new Map() };
  const verdict = checkDocumentText(text, { library });
  if (!verdict.ok) throw new Error('the generated script should be valid');
  const script = scriptSchema.parse(JSON.parse(text));
  checkDocumentText(text, { library }); // warm-up
  return [
    {
      label: `validate 500-step script (text → verdict, ${script.steps.length} steps)`,
      value: time(() => checkDocumentText(text, { library }), 7),
      unit: 'ms',
      target: 300,
    },
    {
      label: 'shortest path per outcome, 500-step script',
      value: time(() => shortestOutcomePaths(script), 5),
      unit: 'ms',
    },
  ];
}
