import { describe, expect, it } from 'vitest';
import { parseJsonDocument, parseStrictJson } from '@/domain/documents/strict-json';

describe('parseStrictJson', () => {
  it.each([
    '{"a":[1,2.5,-3e2,true,false,null,"x\\n\\u00e9\\"\\\\/"],"b":{}}',
    '[]',
    '  "text"  ',
    '0',
    '{"__proto__":{"x":1}}',
  ])('reads what JSON.parse reads, the same way: %s', (text) => {
    expect(parseStrictJson(text)).toEqual({ ok: true, value: JSON.parse(text) as unknown });
  });

  it('keeps "__proto__" an own key, never a prototype', () => {
    const result = parseStrictJson('{"__proto__":{"polluted":true}}');
    const value = result.ok ? (result.value as Record<string, unknown>) : {};
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it('refuses a key given twice, naming both places and the object', () => {
    const text = '{\n  "steps": [\n    { "id": "a",\n      "id": "b" }\n  ]\n}';
    expect(parseStrictJson(text)).toEqual({
      ok: false,
      problems: [
        {
          kind: 'duplicate-key',
          key: 'id',
          path: '$.steps[0]',
          first: { line: 3, column: 7 },
          second: { line: 4, column: 7 },
        },
      ],
    });
  });

  it.each([
    ['{"a": 1,}', 1, 9],
    ['{"a" 1}', 1, 6],
    ['[1, 2\n, ]', 2, 3],
    ['{"a": "b', 1, 9],
    ['{"a": tru}', 1, 7],
    ['{"a": "x\ty"}', 1, 9],
    ['{"a": "\\q"}', 1, 8],
    ['{} {}', 1, 4],
    ['', 1, 1],
  ])('gives the line and column of a syntax error: %j', (text, line, column) => {
    const result = parseStrictJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]).toMatchObject({ kind: 'syntax', at: { line, column } });
  });

  it('words its findings in both languages with the places', () => {
    const duplicate = parseJsonDocument('{"a":1,\n"a":2}');
    expect(duplicate.ok).toBe(false);
    if (duplicate.ok) return;
    expect(duplicate.findings[0]).toMatchObject({ ruleId: 'duplicate-key', path: '$' });
    expect(duplicate.findings[0]?.message.fr).toContain(
      'ligne 1, colonne 2, puis ligne 2, colonne 1',
    );
    expect(duplicate.findings[0]?.message.en).toContain('line 1, column 2, then line 2, column 1');
    const broken = parseJsonDocument('{"kind": "script", "steps": [');
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    expect(broken.findings[0]?.message.fr).toContain('ligne 1, colonne 30');
    expect(broken.findings[0]?.message.fr).toContain('tronqué');
    expect(broken.findings[0]?.message.en).toContain('truncated');
  });
});
