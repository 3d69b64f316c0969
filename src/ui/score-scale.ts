// The app's one score scale. Scores are stored 0–100 (scoring, documents, exports); people read
// and type them out of 20, with the decimal separator of their language. Shared by Répéter and
// Revue, which may not import each other.

/** A 0–100 score on the app's one scale, out of 20 with one decimal (85 → 17, 67 → 13.4). */
export function onTwenty(score: number): number {
  return Math.round(score * 2) / 10;
}

// One number formatter per language: a history row shows three scores, a team table many more.
const numberFormats = new Map<string, Intl.NumberFormat>();
function oneDecimal(language: string): Intl.NumberFormat {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
    numberFormats.set(language, format);
  }
  return format;
}

/** A number out of 20 as people read it in the language: « 13,4/20 », "13.4/20". */
export function formatOutOf20(outOf20: number, language: string): string {
  return `${oneDecimal(language).format(outOf20)}/20`;
}

/** A 0–100 score read out of 20 (« 13,4/20 »), or a dash when it was not measured. */
export function formatScoreOn20(score: number | null | undefined, language: string): string {
  return score == null ? '—' : formatOutOf20(onTwenty(score), language);
}

/** Points on the /20 scale, always signed with a true minus: « +0,4 », « −1,6 ». */
export function formatSignedOn20(score: number, language: string): string {
  const value = onTwenty(Math.abs(score));
  const text = oneDecimal(language).format(value);
  if (value === 0) return text;
  return `${score > 0 ? '+' : '\u2212'}${text}`;
}

/** A gap between two 0–100 scores, unsigned, on the /20 scale: 15 → « 3 », 7 → « 1,4 ». */
export function formatGapOn20(gap: number, language: string): string {
  return oneDecimal(language).format(onTwenty(gap));
}

/**
 * What a person typed out of 20 (« 13,5 », "13.5", « 17 ») as the stored 0–100 whole number, or
 * null when it is not a number from 0 to 20. Stored scores are whole numbers out of 100, so a
 * mark out of 20 keeps steps of 0.2: 13,5 is stored as 68 and reads back 13,6.
 */
export function parseOn20(text: string): number | null {
  const normalized = text.trim().replace(',', '.');
  if (!/^\d{1,2}(\.\d+)?$/u.test(normalized)) return null;
  const value = Number(normalized);
  if (value < 0 || value > 20) return null;
  return Math.round(value * 5);
}
