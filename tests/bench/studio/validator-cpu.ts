// The live check's CPU time in Node (process.cpuUsage): steadier than wall-clock on a shared
// machine. A title edit, as the browser part of the bench makes, checked whole and incrementally.
import { checkDocumentText } from '../../../src/domain/script/document-validator';
import { checkDraft, createDraftChecker } from '../../../src/domain/script/draft-check';
import { toCanonicalJson } from '../../../src/domain/script/edit/canonical-json';
import { generateScript } from '../../fixtures/scripts/generate-script';

const EDITS = 20;

function cpuMsPerRun(run: (n: number) => void): number {
  run(-1); // warm-up: the first run compiles, and fills the incremental check's cache
  const start = process.cpuUsage();
  for (let n = 0; n < EDITS; n += 1) run(n);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / EDITS;
}

/**
 * CPU ms per check after a title edit: as the CLI reads the exported file (strict parser), the
 * whole draft as the studio's fallback reads it (JSON.parse), and the incremental check.
 */
export function validatorCpu(steps: number): {
  cliMs: number;
  wholeMs: number;
  incrementalMs: number;
} {
  const base = { ...generateScript(steps), brand: 'lumio-telecom' };
  // A fresh copy per edit, as the worker receives it (structured clone of the message).
  const drafts = Array.from({ length: EDITS + 1 }, (_, n) => ({
    ...structuredClone(base),
    title: `Script généré, essai ${n}`,
  }));
  const check = createDraftChecker();
  const cliMs = cpuMsPerRun((n) => checkDocumentText(toCanonicalJson(drafts[n + 1])));
  const wholeMs = cpuMsPerRun((n) => checkDraft(drafts[n + 1]));
  const incrementalMs = cpuMsPerRun((n) => check(drafts[n + 1]));
  if (check.lastRun !== 'parts') throw new Error('studio bench: the incremental path did not run');
  return { cliMs, wholeMs, incrementalMs };
}
