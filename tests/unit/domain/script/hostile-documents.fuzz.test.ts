import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gateReviewFile } from '@/domain/review/review-file-gate';
import type { Finding } from '@/domain/script/finding.types';
import { checkDocumentText } from '@/domain/script/document-validator';
import {
  bundledSession,
  knowsExampleScript,
  sessionBundle,
} from '../../../fixtures/review/session-bundles';
import { hostileScript } from '../../../fixtures/scripts/hostile-script';
import { minimalBundle } from '../../../fixtures/scripts/rule-cases';

// Issue 14, item 3: hostile scripts and bundles never crash or hang a gate, and every refusal
// says where and what to do. Fixed seeds and bounded runs: a few seconds, the same every time.

/** CPU milliseconds a call takes: wall time on a shared machine would measure the neighbours. */
function cpuMs<T>(run: () => T): { result: T; ms: number } {
  const start = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(start);
  return { result, ms: (used.user + used.system) / 1000 };
}

/** A verdict is consistent, and each refusal has a place in the document and a fix. */
function expectPlacedRefusals(ok: boolean, findings: readonly Finding[]) {
  expect(ok).toBe(!findings.some((f) => f.severity === 'error'));
  for (const finding of findings) {
    expect(finding.ruleId).not.toBe('internal-error');
    expect(finding.path).toMatch(/^\$/);
    expect(finding.message.fr.length).toBeGreaterThan(10);
    expect(finding.fix.fr.length).toBeGreaterThan(5);
    expect(finding.fix.en.length).toBeGreaterThan(5);
  }
}

// Characters every text gate must refuse, and JSON-level traps.
const hostileText = fc.oneof(
  fc.constantFrom(
    '\u0000',
    '\u0007',
    '\u001b[31m',
    '\u007f',
    '\u0085',
    '\u202e',
    '\u2066',
    '\ud800',
    '\udfff',
    '\u200b\u200b',
    ' \u00a0\u2009 ',
    '__proto__',
  ),
  fc.string({ unit: 'binary', maxLength: 12 }),
);

/** The minimal script's text with one hostile edit: a character, a cut, a key repeated. */
const hostileScriptText = fc
  .tuple(fc.nat(), hostileText, fc.constantFrom('insert', 'cut', 'duplicate-key', 'nest'))
  .map(([at, text, edit]) => {
    const source = JSON.stringify(minimalBundle().script, null, 2);
    const cut = at % source.length;
    if (edit === 'cut') return source.slice(0, cut);
    if (edit === 'duplicate-key') return source.replace('"title": ', '"title": "x", "title": ');
    if (edit === 'nest') return `${'['.repeat(45 + (at % 5))}${']'.repeat(45 + (at % 5))}`;
    // Inside a string value when the cut lands in one, between tokens otherwise.
    return `${source.slice(0, cut)}${text}${source.slice(cut)}`;
  });

describe('hostile documents (fixed seeds, bounded runs)', () => {
  it('hostile call graphs: a verdict in under 1 s of CPU, every refusal placed', () => {
    let refused = 0;
    let stopped = 0;
    fc.assert(
      fc.property(hostileScript, (script) => {
        const { result, ms } = cpuMs(() => checkDocumentText(JSON.stringify(script)));
        expect(ms).toBeLessThan(1000);
        expectPlacedRefusals(result.ok, result.findings);
        if (!result.ok) refused += 1;
        const limit = result.findings.find((f) => f.ruleId === 'graph-too-large');
        if (limit) {
          stopped += 1;
          expect(limit.message.fr).toMatch(/^\d+ chemins, arrêt à la limite/);
        }
      }),
      { seed: 1414, numRuns: 100 },
    );
    // The generator reaches both kinds of ending this test is about.
    expect(refused).toBeGreaterThan(20);
    expect(stopped).toBeGreaterThan(0);
  }, 120_000);

  it('hostile script texts: refused with a place, JSON errors with line and column', () => {
    fc.assert(
      fc.property(hostileScriptText, (text) => {
        const { result, ms } = cpuMs(() => checkDocumentText(text));
        expect(ms).toBeLessThan(1000);
        expectPlacedRefusals(result.ok, result.findings);
        for (const finding of result.findings.filter((f) => f.ruleId === 'json-syntax')) {
          expect(finding.message.fr).toMatch(/ligne \d+, colonne \d+/);
        }
      }),
      { seed: 14, numRuns: 300 },
    );
  }, 60_000);

  it('hostile session bundles: the review gate never throws, every problem placed', () => {
    const base = sessionBundle([bundledSession('s1'), bundledSession('s2')]);
    const source = JSON.stringify(base);
    const keys = [...new Set(source.match(/"[A-Za-z]+":/g) ?? [])];
    const edit = fc.tuple(
      fc.constantFrom(...keys),
      fc.oneof(
        hostileText.map((text) => JSON.stringify(text)),
        fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? 'null'),
        fc.constantFrom('1e999', '-0', '{"__proto__":{}}', '[[[[[[[[', '"\\ud800"'),
      ),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        // Replace the value after a key (or break the text where it no longer parses).
        let text = source;
        for (const [key, value] of edits) {
          text = text.replace(new RegExp(`${key}("[^"]*"|[^,}\\]]*)`), `${key}${value}`);
        }
        const { result, ms } = cpuMs(() =>
          gateReviewFile(text, { knowsScript: knowsExampleScript }),
        );
        expect(ms).toBeLessThan(1000);
        if (result.ok) return;
        expect(result.problems.length).toBeGreaterThan(0);
        for (const problem of result.problems) {
          expect(problem.path).toMatch(/^\$/);
          expect(problem.message.fr.length).toBeGreaterThan(5);
          expect(problem.fix.fr.length).toBeGreaterThan(5);
        }
      }),
      { seed: 2026, numRuns: 300 },
    );
  }, 60_000);
});
