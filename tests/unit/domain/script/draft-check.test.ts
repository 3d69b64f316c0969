import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gateDocument } from '@/domain/script/document-gate';
import { checkDocumentText } from '@/domain/script/document-validator';
import { checkDraft, createDraftChecker } from '@/domain/script/draft-check';
import { toCanonicalJson } from '@/domain/script/edit/canonical-json';
import type { Finding } from '@/domain/script/finding.types';
import type { LibraryContext } from '@/domain/script/rules-content';
import { generateScript } from '../../../fixtures/scripts/generate-script';

// The live checker keeps per-step gate results between edits: it must give exactly what the
// CLI gives for the exported file, on every draft of a random edit sequence, invalid ones too.

const libraryDir = fileURLToPath(new URL('../../../../scripts-library/', import.meta.url));
const read = (folder: string) =>
  readdirSync(join(libraryDir, folder))
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(join(libraryDir, folder, file), 'utf8')) as unknown);

const library: LibraryContext = { brands: new Map(), personas: new Map() };
for (const text of [...read('brands'), ...read('personas')]) {
  const gated = gateDocument(JSON.stringify(text));
  if (gated.ok && gated.value.kind === 'brand-guide')
    (library.brands as Map<string, unknown>).set(gated.value.document.id, gated.value.document);
  if (gated.ok && gated.value.kind === 'persona')
    (library.personas as Map<string, unknown>).set(gated.value.document.id, gated.value.document);
}
const libraryScripts = read('scripts');

type Path = (string | number)[];
type Doc = Record<string | number, unknown>;

function paths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (prefix.length > 0) out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => paths(item, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) paths(item, [...prefix, key], out);
  return out;
}

const deep = (levels: number): unknown => (levels === 0 ? 'fond' : [deep(levels - 1)]);
// JSON.parse makes "__proto__" an own key, as a pasted or imported document would have it.
const forbidden = JSON.parse('{"__proto__": {"polluted": true}}') as unknown;
// Texts the gate refuses (bidi control, lone surrogate), empties (invisible only) or repairs (NFC).
const hostileText = fc.constantFrom(
  '',
  '   ',
  '\u200b',
  'Texte \u202e inversé',
  'a\ud800',
  'e\u0301te\u0301',
);
const replacement = fc.oneof(
  fc.constantFrom('accueil', 'fin', 'agent-3', 'nowhere', 'outcome', 'decision', 'probe_closed'),
  hostileText,
  fc.constantFrom(forbidden, deep(45), Number.NaN, true, 0, -1, [], {}),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constant(undefined),
);

/** One edit of the draft, as the studio (or a bad paste) could make it; a fresh copy out. */
type Edit =
  | { type: 'set'; at: number; value: unknown }
  | { type: 'title'; at: number; text: string }
  | { type: 'text'; at: number; text: string }
  | { type: 'duplicate-step'; at: number }
  | { type: 'remove-step'; at: number };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ type: fc.constant('set' as const), at: fc.nat(), value: replacement }),
  fc.record({ type: fc.constant('title' as const), at: fc.nat(), text: fc.string() }),
  fc.record({ type: fc.constant('text' as const), at: fc.nat(), text: hostileText }),
  fc.record({ type: fc.constant('duplicate-step' as const), at: fc.nat() }),
  fc.record({ type: fc.constant('remove-step' as const), at: fc.nat() }),
);

const valueAt = (doc: unknown, path: Path): unknown =>
  path.reduce<unknown>((cursor, key) => (cursor as Doc)[key], doc);

function apply(doc: Doc, change: Edit): Doc {
  const copy = structuredClone(doc);
  const steps = Array.isArray(copy.steps) ? (copy.steps as unknown[]) : null;
  if (change.type === 'duplicate-step' && steps && steps.length > 0)
    steps.push(structuredClone(steps[change.at % steps.length]));
  else if (change.type === 'remove-step' && steps && steps.length > 0)
    steps.splice(change.at % steps.length, 1);
  else if (change.type === 'title' && steps && steps.length > 0) {
    const step = steps[change.at % steps.length];
    if (typeof step === 'object' && step !== null) (step as Doc).title = change.text;
  } else if (change.type === 'text') {
    const texts = paths(copy).filter((path) => typeof valueAt(copy, path) === 'string');
    const path = texts[change.at % texts.length];
    if (path) (valueAt(copy, path.slice(0, -1)) as Doc)[path.at(-1) as string] = change.text;
  } else if (change.type === 'set') {
    const all = paths(copy);
    const path = all[change.at % all.length];
    if (!path) return copy;
    let cursor = copy;
    for (const key of path.slice(0, -1)) cursor = cursor[key] as Doc;
    const last = path.at(-1) as string | number;
    if (change.value !== undefined) cursor[last] = structuredClone(change.value);
    else if (Array.isArray(cursor) && typeof last === 'number') cursor.splice(last, 1);
    else Reflect.deleteProperty(cursor, last);
  }
  return copy;
}

/** The CLI's findings for the draft's exported file. */
const cliFindings = (doc: unknown): Finding[] =>
  checkDocumentText(toCanonicalJson(doc), { library }).findings;

function replay(start: Doc, edits: Edit[]): { parts: number } {
  const check = createDraftChecker();
  let doc = start;
  let parts = 0;
  for (const change of [null, ...edits]) {
    if (change) doc = apply(doc, change);
    const expected = cliFindings(doc);
    expect(checkDraft(doc, { library })).toEqual(expected);
    expect(check(doc, { library })).toEqual(expected);
    if (check.lastRun === 'parts') parts += 1;
  }
  return { parts };
}

describe('live draft check (per-step gate cache) against the CLI', () => {
  it('gives the same findings on random edit sequences of library scripts', () => {
    let parts = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...libraryScripts),
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        (script, edits) => {
          parts += replay(script as Doc, edits).parts;
        },
      ),
      { numRuns: 50, seed: 20261203 },
    );
    // The incremental path did run, not only the fallback.
    expect(parts).toBeGreaterThan(50);
  }, 120_000);

  it('gives the same findings on a generated 500-step script', () => {
    const big = { ...generateScript(500), brand: 'lumio-telecom' } as Doc;
    let parts = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        parts += replay(big, edits).parts;
      }),
      { numRuns: 6, seed: 15 },
    );
    expect(parts).toBeGreaterThan(6);
  }, 120_000);

  it('keeps the schema cap of 50 and lets a gate refusal silence the rules', () => {
    const big = generateScript(120) as Doc;
    const steps = big.steps as Doc[];
    // 60 empty titles: 60 schema issues, and a dead end the rules would report if they ran.
    const blank = {
      ...big,
      steps: steps.map((step, i) => (i < 60 ? { ...step, title: '' } : step)),
    };
    const check = createDraftChecker();
    check(big, { library });
    expect(check.lastRun).toBe('parts');
    const findings = check(blank, { library });
    expect(check.lastRun).toBe('whole');
    expect(findings).toEqual(cliFindings(blank));
    expect(findings).toHaveLength(50);
    expect(findings.every((finding) => finding.ruleId === 'schema')).toBe(true);
  });
});
