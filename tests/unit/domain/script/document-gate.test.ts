import { describe, expect, it } from 'vitest';
import { gateDocument } from '@/domain/script/document-gate';
import { checkJsonTextLimits, utf8ByteLength } from '@/domain/script/json-text-limits';
import { migrateDocument } from '@/domain/script/migrations';
import { minimalBundle } from '../../../fixtures/scripts/rule-cases';

const ruleIds = (text: string) => {
  const result = gateDocument(text);
  return result.ok ? [] : result.findings.map((f) => f.ruleId);
};

describe('checkJsonTextLimits', () => {
  it('counts depth outside strings only', () => {
    const brackets = '['.repeat(50);
    expect(checkJsonTextLimits(`{"a":"${brackets}"}`, { maxBytes: 1000, maxDepth: 2 })).toBeNull();
    expect(checkJsonTextLimits('[[[1]]]', { maxBytes: 1000, maxDepth: 2 })).toEqual({
      problem: 'too-deep',
      depth: 3,
      offset: 2,
    });
  });

  it('is not fooled by escaped quotes inside strings', () => {
    const text = '{"a":"\\"[[[[[["}';
    expect(checkJsonTextLimits(text, { maxBytes: 1000, maxDepth: 2 })).toBeNull();
  });

  it('measures the size in UTF-8 bytes, as the file has on disk', () => {
    // 6 characters, 11 bytes: « é » takes two bytes, « 🎭 » four.
    expect(utf8ByteLength('éé🎭x')).toBe(2 + 2 + 4 + 1);
    expect(checkJsonTextLimits('"éééé"', { maxBytes: 9, maxDepth: 5 })).toEqual({
      problem: 'too-large',
      bytes: 10,
    });
    expect(checkJsonTextLimits('"éééé"', { maxBytes: 10, maxDepth: 5 })).toBeNull();
  });

  it('refuses text over the size limit', () => {
    expect(checkJsonTextLimits('x'.repeat(11), { maxBytes: 10, maxDepth: 5 })?.problem).toBe(
      'too-large',
    );
  });
});

describe('gateDocument', () => {
  it('accepts a valid document and returns it typed by kind', () => {
    const result = gateDocument(JSON.stringify(minimalBundle().persona));
    expect(result.ok && result.value.kind).toBe('persona');
  });

  it('refuses 100,000 levels of nesting without overflowing the stack', () => {
    expect(ruleIds(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toEqual(['document-too-deep']);
    expect(ruleIds(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`)).toEqual([
      'document-too-deep',
    ]);
  });

  it('reports __proto__, constructor and prototype keys wherever they are, with their path', () => {
    const result = gateDocument(
      '{"kind":"script","steps":[{"constructor":1}],"a":{"__proto__":{"x":1}}}',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.findings.map((f) => [f.ruleId, f.path])).toEqual([
      ['forbidden-key', '$.a.__proto__'],
      ['forbidden-key', '$.steps[0].constructor'],
    ]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('explains truncated and non-JSON text in both languages', () => {
    const result = gateDocument('{"kind": "script", "steps": [');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]?.message.fr).toContain('tronqué');
    expect(result.findings[0]?.message.en).toContain('truncated');
  });

  it('refuses arrays, unknown kinds and newer versions', () => {
    expect(ruleIds('[1,2]')).toEqual(['unknown-kind']);
    expect(ruleIds('{"kind":"invoice","schemaVersion":1}')).toEqual(['unknown-kind']);
    const future = { ...minimalBundle().brand, schemaVersion: 7 };
    const result = gateDocument(JSON.stringify(future));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings[0]?.message.en).toContain('newer');
  });

  it('reports schema errors with their JSON path, step id and French wording', () => {
    const { script } = minimalBundle();
    script.steps[3].phase = 'negociation';
    const result = gateDocument(JSON.stringify(script));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [finding] = result.findings;
    expect(finding?.path).toBe('$.steps[3].phase');
    expect(finding?.stepId).toBe('verification');
    expect(finding?.message.fr).not.toEqual(finding?.message.en);
  });

  it('repairs a byte-order mark and decomposed accents', () => {
    const { brand } = minimalBundle();
    brand.name = 'Marque Te\u0301st';
    const result = gateDocument(`\ufeff${JSON.stringify(brand)}`);
    expect(result.ok && result.value.document).toMatchObject({ name: 'Marque T\u00e9st' });
  });
});

describe('migrateDocument', () => {
  it('passes current documents through and refuses invalid versions', () => {
    expect(migrateDocument('script', { schemaVersion: 1 }).ok).toBe(true);
    expect(migrateDocument('script', { schemaVersion: 0 })).toMatchObject({ reason: 'invalid' });
    expect(migrateDocument('script', { schemaVersion: '1' })).toMatchObject({ reason: 'invalid' });
    expect(migrateDocument('script', { schemaVersion: 2 })).toMatchObject({ reason: 'newer' });
  });

  it('chains migrations one version at a time and stamps each new version', () => {
    const table = {
      script: {
        1: (doc: Record<string, unknown>) => ({ ...doc, renamed: doc.old, old: undefined }),
        2: (doc: Record<string, unknown>) => ({ ...doc, seen: [doc.schemaVersion] }),
      },
      'brand-guide': {},
      persona: {},
      rubric: {},
    };
    const result = migrateDocument('script', { schemaVersion: 1, old: 'x' }, table, 3);
    expect(result).toEqual({
      ok: true,
      document: { schemaVersion: 3, renamed: 'x', old: undefined, seen: [2] },
    });
    expect(migrateDocument('persona', { schemaVersion: 1 }, table, 3)).toMatchObject({
      ok: false,
      reason: 'no-path',
    });
  });
});
