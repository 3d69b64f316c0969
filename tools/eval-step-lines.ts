// Held-out competent step lines (tests/fixtures/language-eval/step-lines-<lang>.json): the share
// of each step's expected moves the ear finds in lines written by a second author, and whether
// gibberish and off-topic lines still find none. Reported by `npm run eval:language`.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analyser } from '../src/domain/language/analyser';
import type { Lang } from '../src/domain/language/language.types';
import { movesSaid } from '../src/domain/language/move-detect';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

interface StepLines {
  lines: { script: string; step: string; text: string }[];
  noMove: string[];
}

export interface StepLineReport {
  expected: number;
  found: number;
  lines: number;
  complete: number;
  misses: string[];
  noMoveLines: number;
  noMoveWrong: string[];
}

function expectedMoves(script: string, step: string): string[] {
  const path = resolve(root, 'scripts-library/scripts', `${script}.json`);
  const document = JSON.parse(readFileSync(path, 'utf8')) as {
    steps: { id: string; expectedMoves?: string[] }[];
  };
  const found = document.steps.find((candidate) => candidate.id === step);
  if (!found?.expectedMoves)
    throw new Error(`step-lines: ${script} has no agent step "${step}"; fix the fixture.`);
  return found.expectedMoves;
}

/** Scores the ear on the held-out step lines of a language; null when there are none. */
export function evaluateStepLines(analyser: Analyser, lang: Lang): StepLineReport | null {
  const path = resolve(root, `tests/fixtures/language-eval/step-lines-${lang}.json`);
  if (!existsSync(path)) return null;
  const set = JSON.parse(readFileSync(path, 'utf8')) as StepLines;
  const report: StepLineReport = {
    expected: 0,
    found: 0,
    lines: set.lines.length,
    complete: 0,
    misses: [],
    noMoveLines: set.noMove.length,
    noMoveWrong: [],
  };
  for (const { script, step, text } of set.lines) {
    const expected = expectedMoves(script, step);
    const made = new Set<string>(movesSaid(analyser.analyse(text).moves));
    const missing = expected.filter((move) => !made.has(move));
    report.expected += expected.length;
    report.found += expected.length - missing.length;
    if (missing.length === 0) report.complete += 1;
    else report.misses.push(`${script}/${step}: missing ${missing.join(', ')} — « ${text} »`);
  }
  for (const text of set.noMove) {
    const moves = analyser.analyse(text).moves.map((move) => move.id);
    if (moves.length > 0) report.noMoveWrong.push(`« ${text} » → ${moves.join(', ')}`);
  }
  return report;
}
