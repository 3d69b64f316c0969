/** A run of digits read through the separators people type between groups. */
export interface DigitRun {
  /** UTF-16 offsets of the first digit and just past the last one. */
  start: number;
  end: number;
  /** The digits, in ASCII whatever script they were written in. */
  digits: string;
}

// Between two digits of one number: spaces of every width (\s covers no-break and narrow
// no-break spaces), dots, dashes of every kind, slashes, underscores, commas, soft hyphens and
// the invisible characters (zero-width space/joiners, word joiner, BOM, direction marks).
const SEPARATOR = /[\s.,/_\-\u00ad\u2010-\u2015\u2212\u200b-\u200f\u2060\ufeff]/u;
// "4970 - 1012": a few separators in a row still join two groups; a sentence between them does not.
const MAX_GAP = 3;
const DECIMAL = /\p{Nd}/u;

const digitValues = new Map<number, number>();

/**
 * Unicode lays every decimal digit set out as ten consecutive code points from 0 to 9 (full-width,
 * Arabic-Indic, Devanagari…), so a digit's value is its distance from the start of its run, mod 10.
 */
function digitValue(codePoint: number): number {
  const known = digitValues.get(codePoint);
  if (known !== undefined) return known;
  let zero = codePoint;
  while (DECIMAL.test(String.fromCodePoint(zero - 1))) zero -= 1;
  const value = (codePoint - zero) % 10;
  digitValues.set(codePoint, value);
  return value;
}

const isDigitAt = (text: string, index: number): boolean => {
  const codePoint = text.codePointAt(index);
  return codePoint !== undefined && DECIMAL.test(String.fromCodePoint(codePoint));
};

const charLength = (text: string, index: number): number =>
  (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;

/** Where the next digit after `index` starts when only a few separators lie between, else -1. */
function nextJoinedDigit(text: string, index: number): number {
  let at = index;
  for (let gap = 0; gap <= MAX_GAP && at < text.length; gap += 1) {
    if (isDigitAt(text, at)) return at;
    if (!SEPARATOR.test(text[at] ?? '')) return -1;
    at += charLength(text, at);
  }
  return -1;
}

/** Every digit run of the text, each read in ASCII, separators and digit scripts notwithstanding. */
export function findDigitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  let index = 0;
  while (index < text.length) {
    if (!isDigitAt(text, index)) {
      index += charLength(text, index);
      continue;
    }
    const start = index;
    let digits = '';
    let end = index;
    let at = index;
    while (at >= 0) {
      digits += String(digitValue(text.codePointAt(at) ?? 48));
      end = at + charLength(text, at);
      at = nextJoinedDigit(text, end);
    }
    runs.push({ start, end, digits });
    index = end;
  }
  return runs;
}

/** True when nothing but separators and closing punctuation follows `index` to the end. */
export function onlyTrailingPunctuation(text: string, index: number): boolean {
  return /^[\s.,;:!?…\-\u200b-\u200f\u2060\ufeff]*$/u.test(text.slice(index));
}
