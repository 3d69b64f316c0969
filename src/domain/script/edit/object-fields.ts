/** A copy of an object without the given keys, nor any key whose value is undefined. */
export function withoutKeys<T extends object>(value: T, keys: readonly string[] = []): T {
  return Object.fromEntries(
    Object.entries(value).filter(([key, field]) => field !== undefined && !keys.includes(key)),
  ) as T;
}
