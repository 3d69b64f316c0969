import { describe, expect, it } from 'vitest';
import en from '@/app/i18n/locales/en.json';
import fr from '@/app/i18n/locales/fr.json';
import authoringEn from '@/features/authoring/locales/en.json';
import authoringFr from '@/features/authoring/locales/fr.json';
import reviewEn from '@/features/review/locales/en.json';
import reviewFr from '@/features/review/locales/fr.json';

function leaves(tree: object, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) {
      for (const [leaf, text] of leaves(value, path)) result.set(leaf, text);
    } else {
      result.set(path, String(value));
    }
  }
  return result;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

// Each namespace: the shell's, and the ones features register when their chunk loads.
describe.each([
  ['translation', fr, en],
  ['authoring', authoringFr, authoringEn],
  ['review', reviewFr, reviewEn],
])('translations (%s)', (_namespace, frTree, enTree) => {
  const french = leaves(frTree);
  const english = leaves(enTree);

  it('have the same keys in French and English', () => {
    expect([...english.keys()].sort()).toEqual([...french.keys()].sort());
  });

  it('have no empty text and the same placeholders in both languages', () => {
    for (const [key, text] of french) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });
});
