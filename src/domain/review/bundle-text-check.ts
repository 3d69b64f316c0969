import { findUnsafeCharacter } from '../documents/text-hygiene';
import { toJsonPath } from '../script/json-path';
import { problem, type BundleProblem } from './envelope';

const MAX_REPORTED = 20;

/**
 * The text-hygiene step of the review gates, with the shared rules of every document gate
 * (controls, bidi overrides and isolates, lone surrogates): lists every string holding one.
 */
export function findUnsafeText(data: unknown): BundleProblem[] {
  const found: BundleProblem[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0 && found.length < MAX_REPORTED) {
    const { value, path } = stack.pop() as { value: unknown; path: PropertyKey[] };
    if (typeof value === 'string') {
      const unsafe = findUnsafeCharacter(value);
      if (unsafe) {
        const code = unsafe.codePoint;
        found.push(
          problem(
            toJsonPath(path),
            {
              fr: `Caractère de contrôle ou invisible interdit (${code}) dans un texte.`,
              en: `Forbidden control or invisible character (${code}) in a text.`,
            },
            {
              fr: 'Le fichier a été modifié ou abîmé : demandez un nouvel export.',
              en: 'The file was edited or damaged: ask for a new export.',
            },
          ),
        );
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value))
        stack.push({ value: item, path: [...path, key] });
    }
  }
  return found;
}
