import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDocumentText } from '@/domain/script/document-validator';
import { minimalBundle } from '../../../fixtures/scripts/rule-cases';

// Mutations an author (or a corrupted file) could make: any value at any path of a real script.
type Path = (string | number)[];

function paths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => paths(item, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) paths(item, [...prefix, key], out);
  }
  return out;
}

const base = minimalBundle().script as unknown;
const allPaths = paths(base).filter((p) => p.length > 0);
const stepIds = ['accueil', 'demande', 'relance', 'verification', 'solde', 'fin', 'nowhere'];

const replacement = fc.oneof(
  fc.constantFrom(...stepIds),
  fc.constantFrom('greet', 'agent', 'customer', 'decision', 'outcome', 'ok', 'non', 'relances'),
  fc.jsonValue({ maxDepth: 3 }),
  fc.constant(undefined),
);

function mutate(value: unknown, path: Path, next: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let cursor = copy;
  for (const key of path.slice(0, -1)) cursor = cursor[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (next === undefined) Reflect.deleteProperty(cursor, last);
  else cursor[last] = next;
  return copy;
}

describe('validator under random mutation', () => {
  it('never throws and always gives a verdict on mutated scripts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...allPaths), replacement), {
          minLength: 1,
          maxLength: 4,
        }),
        (edits) => {
          let doc = base;
          for (const [path, next] of edits) {
            try {
              doc = mutate(doc, path, next);
            } catch {
              // An earlier edit removed the parent of this path: skip this edit.
            }
          }
          const verdict = checkDocumentText(JSON.stringify(doc) ?? 'null');
          expect(typeof verdict.ok).toBe('boolean');
          expect(verdict.ok).toBe(!verdict.findings.some((f) => f.severity === 'error'));
          for (const finding of verdict.findings) expect(finding.path).toMatch(/^\$/);
        },
      ),
      { numRuns: 200, seed: 20261123 },
    );
    // A mutated bound can make the graph proof walk up to its 50,000-snapshot limit.
  }, 60_000);

  it('never throws on arbitrary text or arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json({ maxDepth: 6 })), (text) => {
        const verdict = checkDocumentText(text);
        expect(typeof verdict.ok).toBe('boolean');
      }),
      { numRuns: 500, seed: 7 },
    );
  }, 30_000);
});
