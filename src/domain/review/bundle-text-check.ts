import { toJsonPath } from '../script/json-path';
import { problem, type BundleProblem } from './envelope';

// C0 controls except tab, newline and carriage return; DEL and C1; bidirectional overrides and
// isolates; lone surrogates (in a /u pattern a surrogate range matches only unpaired halves).
// Any of them can hide or reorder what a reviewer reads.
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/u;

const MAX_REPORTED = 20;

/**
 * The text-hygiene step of the review gates, kept in one function so that it can be pointed at
 * the shared hygiene rules once they exist: lists every string holding an unsafe character.
 */
export function findUnsafeText(data: unknown): BundleProblem[] {
  const found: BundleProblem[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0 && found.length < MAX_REPORTED) {
    const { value, path } = stack.pop() as { value: unknown; path: PropertyKey[] };
    if (typeof value === 'string') {
      const match = UNSAFE.exec(value);
      if (match) {
        const code = `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
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
