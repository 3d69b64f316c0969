// `npm run eval:language [-- --errors]`: scores the ear on the held-out eval sets (never used
// for training) and prints precision/recall/F1 per move, macro-F1, and accuracy per tone flag.
import { createAnalyser } from '../src/domain/language/analyser';
import { defaultCorpus } from '../src/domain/language/default-corpus';
import { evaluate } from '../src/domain/language/language-eval';
import type { Lang } from '../src/domain/language/language.types';
import { evaluateStepLines } from './eval-step-lines';
import { loadEvalSet } from './language-fixtures';

const showErrors = process.argv.includes('--errors');
const pct = (value: number) => (value * 100).toFixed(1).padStart(5);

for (const lang of ['fr', 'en'] as Lang[]) {
  const evalSet = loadEvalSet(lang);
  const analyser = createAnalyser({
    lang,
    corpus: defaultCorpus(lang),
    brandVoice: evalSet.brandVoice,
  });
  const report = evaluate(analyser, evalSet.items);
  console.log(`\n## ${lang} — ${evalSet.items.length} held-out lines\n`);
  console.log(
    `${'move'.padEnd(20)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)} support`,
  );
  for (const row of report.moves) {
    if (row.support === 0 && row.precision === 0) continue;
    console.log(
      `${row.move.padEnd(20)} ${pct(row.precision)} ${pct(row.recall)} ${pct(row.f1)} ${row.support}`,
    );
  }
  console.log(`\nmove macro-F1: ${pct(report.macroF1)} %  (target ≥ 85)\n`);
  console.log(`${'tone flag'.padEnd(20)} accuracy`);
  for (const [flag, accuracy] of Object.entries(report.flagAccuracy)) {
    console.log(`${flag.padEnd(20)} ${pct(accuracy)} %`);
  }
  const steps = evaluateStepLines(analyser, lang);
  if (steps) {
    console.log(
      `\nheld-out step lines: ${steps.found}/${steps.expected} expected moves found (${pct(steps.found / steps.expected)} %, target ≥ 90); ${steps.complete}/${steps.lines} lines with every move`,
    );
    console.log(
      `gibberish and off-topic lines with no move: ${steps.noMoveLines - steps.noMoveWrong.length}/${steps.noMoveLines}`,
    );
    if (showErrors) for (const miss of [...steps.misses, ...steps.noMoveWrong]) console.log(miss);
  }
  if (showErrors) {
    console.log('\nerrors:');
    for (const e of report.errors) console.log(JSON.stringify(e));
  }
}
