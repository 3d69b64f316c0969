import { describe, expect, it } from 'vitest';
import {
  checkTextHygiene,
  findUnsafeCharacter,
  isInvisibleOnly,
} from '@/domain/documents/text-hygiene';

describe('findUnsafeCharacter', () => {
  it.each([
    ['a\u0000b', 'control', 1, 'U+0000'],
    ['a\u001bb', 'control', 1, 'U+001B'],
    ['ab\rc', 'control', 2, 'U+000D'],
    ['a\u007f', 'control', 1, 'U+007F'],
    ['a\u0085', 'control', 1, 'U+0085'],
    ['abc\u202e', 'bidi', 3, 'U+202E'],
    ['\u2066x\u2069', 'bidi', 0, 'U+2066'],
    ['\u202ax', 'bidi', 0, 'U+202A'],
    ['x\ud800', 'lone-surrogate', 1, 'U+D800'],
    ['\udc00x', 'lone-surrogate', 0, 'U+DC00'],
  ])('refuses %j', (text, kind, index, codePoint) => {
    expect(findUnsafeCharacter(text)).toEqual({ kind, index, codePoint });
  });

  it.each(['tab\tand\nline', 'Élodie 🎭 مرحبا עברית', 'a\u200eb', ''])('accepts %j', (text) => {
    expect(findUnsafeCharacter(text)).toBeNull();
  });
});

describe('isInvisibleOnly', () => {
  it.each(['\u200b', ' \u00a0\u202f', '\u2060\ufeff', '\u3164', '\u2800 '])(
    '%j shows nothing',
    (t) => expect(isInvisibleOnly(t)).toBe(true),
  );
  it.each(['', 'a\u200b', '.'])('%j is not invisible-only', (t) =>
    expect(isInvisibleOnly(t)).toBe(false),
  );
});

describe('checkTextHygiene', () => {
  it('names the path of every unsafe text and key, and the fix', () => {
    const { findings } = checkTextHygiene({
      title: 'ok',
      steps: [{ lines: ['fine', 'evil\u202etxt.exe'] }],
      'k\u0007': 1,
    });
    expect(findings.map((f) => [f.ruleId, f.path])).toEqual([
      ['unsafe-character', '$.steps[0].lines[1]'],
      ['unsafe-character', '$["k\\u0007"]'],
    ]);
    expect(findings[0]?.message.fr).toContain('U+202E');
    expect(findings[0]?.message.en).toContain('character 5');
    expect(findings[0]?.fix.fr).toContain('Supprimez le caractère U+202E');
  });

  it('empties a text that shows nothing and keeps the rest untouched', () => {
    const input = { title: '\u200b\u200b', n: 3, list: [' x ', null] };
    expect(checkTextHygiene(input)).toEqual({
      value: { title: '', n: 3, list: [' x ', null] },
      findings: [],
    });
  });
});
