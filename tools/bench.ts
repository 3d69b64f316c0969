// `npm run bench`: runs every suite in tests/bench/*.bench.ts and prints its figures.
// A suite exports `name` and `run()`, returning figures with their target; the bench reports
// them (and whether each meets its target) rather than failing tests on a busy machine.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface BenchFigure {
  label: string;
  value: number;
  unit: string;
  /** The figure must stay at or under this value. */
  target?: number;
}

export interface BenchSuite {
  name: string;
  run: () => Promise<BenchFigure[]> | BenchFigure[];
}

const benchDir = resolve(fileURLToPath(new URL('../tests/bench', import.meta.url)));
const filter = process.argv[2];
const files = readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => !filter || file.includes(filter))
  .sort();

if (files.length === 0) {
  console.error(`bench: no suite in tests/bench matches "${filter ?? '*'}".`);
  process.exit(2);
}

let missed = 0;
for (const file of files) {
  const suite = (await import(pathToFileURL(join(benchDir, file)).href)) as BenchSuite;
  console.log(`\n# ${suite.name} (${file})`);
  for (const figure of await suite.run()) {
    const verdict =
      figure.target === undefined ? '' : figure.value <= figure.target ? '  ok' : '  OVER TARGET';
    if (verdict === '  OVER TARGET') missed += 1;
    const target = figure.target === undefined ? '' : ` (target ≤ ${figure.target} ${figure.unit})`;
    console.log(`${figure.label}: ${figure.value.toFixed(2)} ${figure.unit}${target}${verdict}`);
  }
}
console.log(
  `\n${missed === 0 ? 'All figures within target.' : `${missed} figure(s) over target.`}`,
);
