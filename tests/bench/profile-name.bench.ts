import type { BenchFigure } from '../../tools/bench';
import { checkDisplayName } from '../../src/domain/profile/profile';

export const name = 'Profile name check (baseline)';

/** A baseline figure so the bench always has something to run; real suites come with each engine. */
export function run(): BenchFigure[] {
  const inputs = Array.from({ length: 10_000 }, (_, i) => `  Agent ${i}\u00a0Martin  `);
  for (const input of inputs.slice(0, 500)) checkDisplayName(input); // warm-up
  const start = performance.now();
  for (const input of inputs) checkDisplayName(input);
  const perCall = ((performance.now() - start) / inputs.length) * 1000;
  return [{ label: 'checkDisplayName per call', value: perCall, unit: 'µs', target: 50 }];
}
