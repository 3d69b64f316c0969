// Keys an author reads first come first; every other key follows in alphabetical order. One
// order for every document means an edit changes only the lines it touches (diffs well in git).
const LEADING_KEYS = [
  '$schema',
  'kind',
  'schemaVersion',
  'id',
  'version',
  'type',
  'language',
  'title',
  'label',
  'start',
];

function keyRank(key: string): number {
  const index = LEADING_KEYS.indexOf(key);
  return index === -1 ? LEADING_KEYS.length : index;
}

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, child]) => child !== undefined)
    .sort(([a], [b]) => keyRank(a) - keyRank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, child]) => [key, ordered(child)]));
}

/** A document as canonical JSON text: stable key order, two-space indent, final newline. */
export function toCanonicalJson(document: unknown): string {
  return `${JSON.stringify(ordered(document), null, 2)}\n`;
}
