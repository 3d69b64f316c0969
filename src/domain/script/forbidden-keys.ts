/** Keys that could reach an object's prototype if a document were ever merged or spread. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

const MAX_REPORTED = 20;

/** Lists where forbidden keys occur in parsed JSON (depth is already bounded by the gate). */
export function findForbiddenKeys(data: unknown): { path: PropertyKey[]; key: string }[] {
  const found: { path: PropertyKey[]; key: string }[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0 && found.length < MAX_REPORTED) {
    const { value, path } = stack.pop() as { value: unknown; path: PropertyKey[] };
    if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    } else if (typeof value === 'object' && value !== null) {
      // JSON.parse defines "__proto__" as an own property, so Object.keys sees it.
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) found.push({ path: [...path, key], key });
        else stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
      }
    }
  }
  return found.sort((a, b) => a.path.join('.').localeCompare(b.path.join('.')));
}
