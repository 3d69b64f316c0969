/** The object with an optional key set, or removed when the value is undefined (never `key: undefined`). */
export function withOptional<T extends object, K extends keyof T>(
  object: T,
  key: K,
  value: T[K] | undefined,
): T {
  const rest = Object.fromEntries(Object.entries(object).filter(([name]) => name !== key));
  return (value === undefined ? rest : { ...rest, [key]: value }) as T;
}
