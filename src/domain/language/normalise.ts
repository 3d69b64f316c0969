import { chatShortcuts } from './chat-shortcuts';
import type { Lang, Token } from './language.types';

// Words, digit runs, and the punctuation that shapes a line (clause ends and commas). Digits
// are split from letters so "2min" reads as "2 min"; apostrophes stay inside a word so that
// elisions and contractions can be resolved per language below.
const TOKEN_PATTERN = /\p{N}+|[\p{L}\p{M}]+(?:['’`´ʼ][\p{L}\p{M}]+)*['’`´ʼ]?|[.!?;:,…]+/gu;
const APOSTROPHES = /['’`´ʼ]/g;
// Regexes are hoisted: a literal inside a hot function is rebuilt on every call.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const PUNCT_START = /^[.!?;:,…]/;
const CAPITAL_START = /^\p{Lu}/u;
const IL_OR_ILS = /^ils?$/;
const PIECE_SEPARATOR = /[\s-]+/;
const COMBINING_MARKS = /\p{M}/gu;

const FR_ELISIONS: Record<string, string> = {
  l: 'le',
  j: 'je',
  qu: 'que',
  c: 'ce',
  d: 'de',
  n: 'ne',
  s: 'se',
  m: 'me',
  t: 'te',
  jusqu: 'jusque',
  lorsqu: 'lorsque',
  puisqu: 'puisque',
};

const EN_IS_PRONOUNS = new Set(['it', 'that', 'there', 'what', 'here', 'he', 'she', 'who', 'how']);
const EN_SUFFIXES: Record<string, string> = {
  re: 'are',
  ll: 'will',
  ve: 'have',
  m: 'am',
  d: 'would',
};
const EN_IRREGULAR: Record<string, string> = {
  "can't": 'can not',
  "won't": 'will not',
  "let's": 'let us',
};

// Titles written with a full stop ("M. Martin", "Mrs. Smith"): the stop is not a sentence end.
const TITLE_ABBREVIATIONS = new Set(['m', 'mr', 'mme', 'mlle', 'mrs', 'ms', 'dr']);

// Agents reuse a small vocabulary, and String.normalize is slow: memoise per word, with a cap
// so that a 100 KB paste of random words cannot grow the tables without bound.
const MEMO_LIMIT = 50_000;
const foldMemo = new Map<string, string>();
const formsMemo = { fr: new Map<string, string[]>(), en: new Map<string, string[]>() };

function remember<T>(memo: Map<string, T>, key: string, value: T): T {
  if (memo.size < MEMO_LIMIT) memo.set(key, value);
  return value;
}

/** Lower case with accents and ligatures folded, the form every matcher compares. */
export function fold(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase();
  const known = foldMemo.get(text);
  if (known !== undefined) return known;
  return remember(foldMemo, text, foldUncached(text));
}

function foldUncached(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(APOSTROPHES, "'");
}

function splitFrench(word: string): string[] {
  const cut = word.indexOf("'");
  if (cut < 0) return [word];
  const head = word.slice(0, cut);
  const rest = word.slice(cut + 1);
  const elided = FR_ELISIONS[fold(head)];
  // "aujourd'hui", "quelqu'un": not an elision, one word.
  if (elided === undefined) return [word];
  if (rest === '') return [elided];
  // "s'il" is "si il", not the reflexive "se".
  const first = elided === 'se' && IL_OR_ILS.test(fold(rest)) ? 'si' : elided;
  return [first, ...splitFrench(rest)];
}

function splitEnglish(word: string): string[] {
  const folded = fold(word);
  const irregular = EN_IRREGULAR[folded];
  if (irregular) return irregular.split(' ');
  if (folded.endsWith("n't")) return [word.slice(0, -3), 'not'];
  const cut = folded.lastIndexOf("'");
  if (cut < 0) return [word];
  const head = word.slice(0, cut);
  const suffix = folded.slice(cut + 1);
  const full = EN_SUFFIXES[suffix];
  if (full) return [head, full];
  if (suffix === 's') return EN_IS_PRONOUNS.has(fold(head)) ? [head, 'is'] : [head];
  return [head];
}

/** Canonical lower-case words (accents kept) that one raw word stands for. */
export function wordForms(lang: Lang, rawWord: string, expandShortcuts = true): string[] {
  if (!expandShortcuts) return computeWordForms(lang, rawWord, false);
  const known = formsMemo[lang].get(rawWord);
  if (known !== undefined) return known;
  return remember(formsMemo[lang], rawWord, computeWordForms(lang, rawWord, true));
}

function computeWordForms(lang: Lang, rawWord: string, expandShortcuts: boolean): string[] {
  const lower = rawWord.toLowerCase().replace(APOSTROPHES, "'");
  const expansion = expandShortcuts ? chatShortcuts(lang)[fold(lower)] : undefined;
  const pieces = expansion ? expansion.split(PIECE_SEPARATOR) : [lower];
  const split = lang === 'fr' ? splitFrench : splitEnglish;
  return pieces.flatMap((piece) => split(piece)).filter((piece) => piece !== '');
}

/** Tokenise a line into canonical tokens that keep their raw offsets; never throws. */
export function tokenise(lang: Lang, text: string, expandShortcuts = true): Token[] {
  const tokens: Token[] = [];
  let skipStopAt = -1;
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    if (PUNCT_START.test(raw)) {
      if (start === skipStopAt && raw === '.') continue;
      tokens.push(makeToken(raw, raw, start, end, true, false));
      continue;
    }
    const folded = fold(raw);
    // Euphonic t ("a-t-il", "va-t-on") is not a "te" addressed to the customer.
    if (lang === 'fr' && folded === 't' && text[start - 1] === '-' && text[end] === '-') continue;
    if (TITLE_ABBREVIATIONS.has(folded) && text[end] === '.') {
      skipStopAt = end;
      const title = folded === 'm' ? 'monsieur' : folded;
      for (const form of wordForms(lang, title)) {
        tokens.push(makeToken(form, raw, start, end, false, true));
      }
      continue;
    }
    const capitalised = CAPITAL_START.test(raw);
    // Only the first word of an expansion carries the capital ("I'm" is "I" + "am").
    wordForms(lang, raw, expandShortcuts).forEach((form, i) => {
      tokens.push(makeToken(form, raw, start, end, false, capitalised && i === 0));
    });
  }
  return tokens;
}

function makeToken(
  lower: string,
  raw: string,
  start: number,
  end: number,
  isPunct: boolean,
  capitalised: boolean,
): Token {
  const norm = isPunct ? normalisePunct(raw) : fold(lower);
  return { norm, lower, start, end, isPunct, capitalised, negated: false };
}

function normalisePunct(raw: string): string {
  if (raw.includes('?')) return '?';
  if (raw.includes('!')) return '!';
  if (raw.startsWith(',')) return ',';
  return '.';
}

/** True for tokens that close a clause (negation scope and segments stop there). */
export function endsClause(token: Token): boolean {
  return token.isPunct;
}
