// Prints one line, "N passed, N failed", summing the Vitest and Playwright JSON reports of the
// last run. A report that is missing (its runner never started) counts as nothing.
import { existsSync, readFileSync } from 'node:fs';

function readJson(path) {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    console.error(`count-tests: ${path} is not valid JSON; its tests are not counted.`);
    return null;
  }
}

let passed = 0;
let failed = 0;
const vitest = readJson('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
}
const playwright = readJson('reports/playwright.json');
if (playwright?.stats) {
  passed += (playwright.stats.expected ?? 0) + (playwright.stats.flaky ?? 0);
  failed += playwright.stats.unexpected ?? 0;
}
console.log(`${passed} passed, ${failed} failed`);
