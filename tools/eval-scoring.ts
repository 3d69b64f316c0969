// `npm run eval:scoring [-- --only ID_PREFIX] [--seeds N]`: plays the trainer's labelled pairs and
// compliance cases (tests/fixtures/scoring-pairs) and prints the share ordered like the trainer per
// criterion, then every miss with both scores, so a rule change is measured before it is trusted.
// `--seeds N` also plays each pair at the first N seeds where its moment happens: the share of
// those plays ordered right says whether a contrast survives what the customer improvises.
import {
  judgeCompliance,
  judgePair,
  loadPairs,
  seedsReaching,
  type ComplianceResult,
  type PairResult,
} from './scoring-pairs';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
const seedsAt = args.indexOf('--seeds');
const manySeeds = seedsAt >= 0 ? Number(args[seedsAt + 1]) : 0;
const file = loadPairs();
const keep = (id: string) => only === undefined || id.startsWith(only);

const pairs: PairResult[] = file.pairs.filter((p) => keep(p.id)).map((p) => judgePair(file, p));
const cases: ComplianceResult[] = file.compliance
  .filter((c) => keep(c.id))
  .map((c) => judgeCompliance(file, c));

const pct = (right: number, all: number) =>
  all === 0 ? '   –  ' : `${((100 * right) / all).toFixed(1).padStart(5)} %`;

console.log(
  `\n## Trainer-ranked pairs — ${pairs.length} pairs, ${cases.length} compliance cases\n`,
);
console.log(
  `${'criterion'.padEnd(12)} ${'fr'.padStart(14)} ${'en'.padStart(14)} ${'all'.padStart(14)}`,
);
const rows: [string, { right: boolean; lang: string }[]][] = [
  ['brandTone', pairs.filter((r) => r.pair.criterion === 'brandTone')],
  ['recovery', pairs.filter((r) => r.pair.criterion === 'recovery')],
  ['overall', pairs.filter((r) => r.pair.criterion === 'overall')],
  ['compliance', cases],
];
for (const [name, results] of rows) {
  const cell = (lang?: string) => {
    const set = results.filter((r) => lang === undefined || r.lang === lang);
    const right = set.filter((r) => r.right).length;
    return `${right}/${set.length} ${pct(right, set.length)}`.padStart(14);
  };
  console.log(`${name.padEnd(12)} ${cell('fr')} ${cell('en')} ${cell()}`);
}

const pairMisses = pairs.filter((r) => !r.right);
const caseMisses = cases.filter((r) => !r.right);
console.log(`\n## Misses (${pairMisses.length + caseMisses.length})\n`);
for (const miss of pairMisses) {
  console.log(
    miss.seed === null
      ? `- ${miss.pair.id} [${miss.pair.criterion}] ${miss.pair.at} never happens at the seeds tried — ${miss.pair.why}`
      : `- ${miss.pair.id} [${miss.pair.criterion}] seed ${miss.seed} at ${miss.pair.at}: better ${miss.better ?? 'non mesurée'} ≤ worse ${miss.worse ?? 'non mesurée'} — ${miss.pair.why}`,
  );
}
for (const miss of caseMisses) {
  const said = miss.passed ? 'compliant' : `breach at ${miss.pinnedAt ?? '?'}`;
  const want = miss.test.compliant ? 'compliant' : `breach at ${miss.test.at ?? 'any moment'}`;
  console.log(
    `- ${miss.test.id} [compliance] seed ${miss.seed ?? 'none'} scored ${said}, trainer: ${want} — ${miss.test.why}`,
  );
}

if (manySeeds > 0) {
  console.log(`\n## Over the first ${manySeeds} seeds where each moment happens\n`);
  const tally = new Map<string, { right: number; all: number }>();
  const fragile: string[] = [];
  for (const pair of file.pairs.filter((p) => keep(p.id))) {
    const base = file.bases[pair.base];
    if (!base) continue;
    const results = seedsReaching(base, pair, pair.better, manySeeds).map((seed) =>
      judgePair(file, pair, seed),
    );
    const right = results.filter((r) => r.right).length;
    const row = tally.get(pair.criterion) ?? { right: 0, all: 0 };
    tally.set(pair.criterion, { right: row.right + right, all: row.all + results.length });
    if (right < results.length)
      fragile.push(
        `- ${pair.id}: ${right}/${results.length} (wrong at seed ${results
          .filter((r) => !r.right)
          .map((r) => `${r.seed}: ${r.better ?? '–'} ≤ ${r.worse ?? '–'}`)
          .join(', ')})`,
      );
  }
  for (const [criterion, { right, all }] of tally)
    console.log(`${criterion.padEnd(12)} ${`${right}/${all} ${pct(right, all)}`.padStart(14)}`);
  console.log(fragile.length > 0 ? `\n${fragile.join('\n')}` : '\nEvery pair holds at every seed.');
}
