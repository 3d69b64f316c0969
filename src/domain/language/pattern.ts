import { editDistanceWithin, typoAllowance } from './edit-distance';
import { tokenise } from './normalise';
import type { Lang, Span, Token } from './language.types';

// A tiny pattern language for rules and lexicons, written in plain words:
//   "vous devez"          words in sequence (elisions and shortcuts normalised like the line)
//   "transf*"             a prefix
//   "calme*|calmez"       alternatives
//   "(vous)"              an optional word
//   "…"                   a gap of up to three words
//   "?"                   a question mark
//   "^"                   the start of a clause (line start or after punctuation)
interface WordMatcher {
  text: string;
  prefix: boolean;
}
interface Element {
  alternatives: WordMatcher[][];
  optional: boolean;
  gap: boolean;
  anchor?: boolean;
}
export interface Pattern {
  source: string;
  elements: Element[];
  /** First letters a match can start with; undefined when it cannot be known. */
  firstLetters: Set<string> | undefined;
}
export interface PatternMatch extends Span {
  from: number;
  to: number;
}

const GAP_REACH = 3;

function compileAlternative(lang: Lang, alternative: string): WordMatcher[] {
  const prefix = alternative.endsWith('*');
  const body = prefix ? alternative.slice(0, -1) : alternative;
  const forms = tokenise(lang, body, false).map((token) => token.norm);
  return forms.map((form, i) => ({ text: form, prefix: prefix && i === forms.length - 1 }));
}

// Every matcher compares first letters exactly, so most start positions can be skipped at a
// glance. Undefined when a gap comes first.
function startLetters(elements: Element[]): Set<string> | undefined {
  const letters = new Set<string>();
  for (const element of elements) {
    if (element.anchor) continue;
    if (element.gap) return undefined;
    for (const alternative of element.alternatives) letters.add(alternative[0]?.text[0] ?? '');
    if (!element.optional) return letters;
  }
  return undefined;
}

/** Compiles a pattern written in the rule syntax above. */
export function compilePattern(lang: Lang, source: string): Pattern {
  const elements = source
    .trim()
    .split(/\s+/)
    .filter((part) => part !== '')
    .map((part): Element => {
      if (part === '…' || part === '...') return { alternatives: [], optional: true, gap: true };
      if (part === '^') return { alternatives: [], optional: false, gap: false, anchor: true };
      const optional = part.startsWith('(') && part.endsWith(')');
      const body = optional ? part.slice(1, -1) : part;
      const alternatives = body.split('|').map((alt) => compileAlternative(lang, alt));
      return { alternatives: alternatives.filter((alt) => alt.length > 0), optional, gap: false };
    });
  return { source, elements, firstLetters: startLetters(elements) };
}

function wordMatches(matcher: WordMatcher, token: Token): boolean {
  const norm = token.norm;
  if (matcher.prefix) return norm.startsWith(matcher.text);
  if (norm === matcher.text) return true;
  // Typos rarely hit the first letter, and requiring it keeps "notre" from matching "votre".
  const allowance = typoAllowance(matcher.text.length);
  if (allowance === 0 || norm[0] !== matcher.text[0]) return false;
  // Words that differ only in their last two letters are other forms of the same word
  // ("patienté"/"patienter", "résume"/"résumer"), which a rule must list on purpose.
  if (Math.abs(norm.length - matcher.text.length) > allowance) return false;
  if (commonPrefix(norm, matcher.text) >= Math.min(norm.length, matcher.text.length) - 2)
    return false;
  const key = `${matcher.text} ${norm}`;
  const known = typoMemo.get(key);
  if (known !== undefined) return known;
  const result = editDistanceWithin(norm, matcher.text, allowance);
  if (typoMemo.size < TYPO_MEMO_LIMIT) typoMemo.set(key, result);
  return result;
}

// Lines reuse a small vocabulary: the same word meets the same keyword again and again.
const TYPO_MEMO_LIMIT = 100_000;
const typoMemo = new Map<string, boolean>();

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}

function matchSequence(
  sequence: WordMatcher[],
  tokens: Token[],
  at: number,
  inside: boolean,
): number {
  let position = at;
  for (const matcher of sequence) {
    // Commas are noise inside a phrase ("Énergia, toujours à vos côtés" is the signature
    // phrase); a pattern that wants one says so with its own ",".
    if ((inside || position > at) && matcher.text !== ',' && tokens[position]?.norm === ',')
      position += 1;
    const token = tokens[position];
    if (!token || !wordMatches(matcher, token)) return -1;
    position += 1;
  }
  return position;
}

// Returns the end index of a match of elements[index..] starting at token `at`, or -1.
function matchFrom(elements: Element[], index: number, tokens: Token[], at: number): number {
  const element = elements[index];
  if (!element) return at;
  if (element.anchor) {
    const previous = tokens[at - 1];
    return !previous || previous.isPunct ? matchFrom(elements, index + 1, tokens, at) : -1;
  }
  if (element.gap) {
    for (let skip = 0; skip <= GAP_REACH; skip += 1) {
      const skipped = tokens.slice(at, at + skip);
      if (skip > 0 && (skipped.length < skip || skipped.some((t) => t.isPunct))) break;
      const end = matchFrom(elements, index + 1, tokens, at + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  for (const alternative of element.alternatives) {
    const next = matchSequence(alternative, tokens, at, index > 0);
    if (next >= 0) {
      const end = matchFrom(elements, index + 1, tokens, next);
      if (end >= 0) return end;
    }
  }
  return element.optional ? matchFrom(elements, index + 1, tokens, at) : -1;
}

/** Every non-overlapping occurrence of the pattern in the tokens, left to right. */
export function findPattern(pattern: Pattern, tokens: Token[], text: string): PatternMatch[] {
  const matches: PatternMatch[] = [];
  const letters = pattern.firstLetters;
  for (let at = 0; at < tokens.length; at += 1) {
    if (letters && !letters.has((tokens[at] as Token).norm[0] ?? '')) continue;
    const end = matchFrom(pattern.elements, 0, tokens, at);
    if (end <= at) continue;
    const first = tokens[at] as Token;
    const last = tokens[end - 1] as Token;
    matches.push({
      from: at,
      to: end,
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
    });
    at = end - 1;
  }
  return matches;
}

/**
 * True when the match sits inside a negation ("je ne vous transfère pas"). Only the first word
 * counts: a pattern that starts with the negation itself ("ne quittez pas", "plus de question")
 * spells it out on purpose.
 */
export function isNegatedMatch(match: PatternMatch, tokens: Token[]): boolean {
  return tokens[match.from]?.negated === true;
}
