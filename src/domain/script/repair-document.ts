/**
 * Safe repairs applied before the schema: strings are normalised to NFC so an "é" typed on a Mac
 * (e + combining accent) matches the same word typed elsewhere — ids, duplicates and banned
 * phrases compare equal. Returns a new value; the input is not modified.
 */
export function repairDocument(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(repairDocument);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = repairDocument(item);
    return out;
  }
  return value;
}
