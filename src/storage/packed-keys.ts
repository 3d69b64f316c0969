/**
 * Field names as a finished call stores them: one or two characters for the names that the engine
 * state, the score card and the turn events repeat (a third of a call's bytes were field names).
 *
 * APPEND ONLY: a name's code is its place in this list, and stored calls keep that code for ever.
 * A name missing here is stored as it is; a stored name that could be read as a code (or starts
 * with `~`, or is `$`, which marks a repeated string) is escaped with a `~`.
 */
const NAMES = [
  // Mood, turns, events and the customer's mood causes.
  'irritation',
  'trust',
  'patience',
  'type',
  'causes',
  'effect',
  'evidence',
  'id',
  'text',
  'turn',
  'step',
  'seconds',
  'aside',
  'source',
  'by',
  'code',
  'success',
  'reason',
  'count',
  'facts',
  'to',
  'announcedSeconds',
  'elapsedSeconds',
  'overrunSeconds',
  // The engine state.
  'status',
  'scriptSnapshot',
  'mood',
  'hold',
  'memory',
  'said',
  'factsGiven',
  'timesNamed',
  'customerTurns',
  'socialEngineeringAttempts',
  'prompterUses',
  'outcome',
  'progress',
  'moves',
  'misunderstood',
  'identityAsked',
  'identityVerified',
  'kind',
  'failures',
  'startedAt',
  'scripted',
  // XState's persisted script position.
  'value',
  'historyValue',
  'context',
  'children',
  'values',
  'resumeAt',
  // The record and its score card.
  'scriptId',
  'scriptVersion',
  'scriptTitle',
  'personaId',
  'brandId',
  'mode',
  'seed',
  'language',
  'updatedAt',
  'machineState',
  'engine',
  'scoreCard',
  'rubric',
  'version',
  'compliance',
  'passed',
  'score',
  'breaches',
  'rule',
  'quote',
  'why',
  'brandTone',
  'recovery',
  'asides',
  'acknowledged',
  'turnsToReturn',
  'calmedDown',
  'callKept',
  'adherence',
  'mandatorySteps',
  'covered',
  'inOrder',
  'lengthInTurns',
  'overall',
  'outOf20',
  'grade',
  'label',
  'findings',
  'criterion',
  'better',
  'points',
  // Moves and flags that are not the plain shape a turn packs as a list.
  'confidence',
  'includes',
  'start',
  'end',
  'suggestion',
] as const;

const REPEAT = '$';
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const codeAt = (place: number) =>
  place < LETTERS.length
    ? LETTERS.charAt(place)
    : `${LETTERS.charAt(Math.floor(place / 10) % LETTERS.length)}${place % 10}`;

const CODE_OF = new Map<string, string>(NAMES.map((name, place) => [name, codeAt(place)]));
const NAME_OF = new Map<string, string>(NAMES.map((name, place) => [codeAt(place), name]));
if (NAME_OF.size !== NAMES.length) throw new Error('packed-keys: two names share a code');

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function shortKey(name: string): string {
  const code = CODE_OF.get(name);
  if (code !== undefined) return code;
  return NAME_OF.has(name) || name.startsWith('~') || name === REPEAT ? `~${name}` : name;
}

function longKey(key: string): string {
  if (key.startsWith('~')) return key.slice(1);
  return NAME_OF.get(key) ?? key;
}

const asIs = <T>(item: T): T => item;

/** The value rebuilt at every depth: field names through `key`, strings through `text`. */
function rebuild(
  value: unknown,
  key: (name: string) => string,
  text: (words: string) => unknown,
): unknown {
  if (typeof value === 'string') return text(value);
  if (Array.isArray(value)) return value.map((item) => rebuild(item, key, text));
  if (!isPlainObject(value)) return value;
  const rebuilt: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value)) rebuilt[key(name)] = rebuild(item, key, text);
  return rebuilt;
}

/** The value with its field names shortened, at every depth; values are left as they are. */
export const shortenKeys = (value: unknown): unknown => rebuild(value, shortKey, asIs);

/** Undoes `shortenKeys`. */
export const lengthenKeys = (value: unknown): unknown => rebuild(value, longKey, asIs);

// Shorter strings cost less than the pointer that would replace them.
const WORTH_SHARING = 8;

function countStrings(value: unknown, counts: Map<string, number>): void {
  if (typeof value === 'string') {
    if (value.length >= WORTH_SHARING) counts.set(value, (counts.get(value) ?? 0) + 1);
  } else if (Array.isArray(value)) {
    for (const item of value) countStrings(item, counts);
  } else if (isPlainObject(value)) {
    for (const item of Object.values(value)) countStrings(item, counts);
  }
}

/**
 * Every string a value holds more than once (a better line the score card repeats for each
 * finding of a rule, a move's name on every turn) kept once in `strings`, each place holding
 * `{ $: its number }` instead. For values whose field names went through `shortenKeys`, which
 * escapes a real `$` field.
 */
export function shareRepeats(value: unknown): { value: unknown; strings: string[] } {
  const counts = new Map<string, number>();
  countStrings(value, counts);
  const strings = [...counts].filter(([, count]) => count > 1).map(([text]) => text);
  const place = new Map(strings.map((text, index) => [text, index]));
  const shared = rebuild(value, asIs, (text) => {
    const index = place.get(text);
    return index === undefined ? text : { [REPEAT]: index };
  });
  return { value: shared, strings };
}

/** Undoes `shareRepeats`. */
export function restoreRepeats(value: unknown, strings: readonly string[]): unknown {
  if (strings.length === 0) return value;
  const walk = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(walk);
    if (!isPlainObject(item)) return item;
    const keys = Object.keys(item);
    const index = item[REPEAT];
    if (keys.length === 1 && typeof index === 'number') return strings[index];
    const restored: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(item)) restored[key] = walk(inner);
    return restored;
  };
  return walk(value);
}
