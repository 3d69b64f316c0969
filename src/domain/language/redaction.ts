import { findDigitRuns, onlyTrailingPunctuation, type DigitRun } from './digit-runs';
import { ibanValid, nirValid } from './sensitive-data';

/** What a masked span held. */
export type RedactedKind = 'card' | 'iban' | 'nir' | 'card-detail' | 'number';

/** One span of a line to mask before it is stored. */
export interface Redaction {
  kind: RedactedKind;
  start: number;
  end: number;
  /** The digits a trade keeps in view (a card's last four), or '' when nothing is kept. */
  kept: string;
}

// Stricter than the analyser's flag (sensitive-data.ts), which must not cry wolf in a score:
// here any 13–19 digit run is a card number, checksum or not, in any digit script.
const CARD_DIGITS = { min: 13, max: 19 };
// Part of a card number: only masked where the talk is about a card, so phone numbers survive.
const PARTIAL_CARD_MIN = 8;
// A card's last four is how the trade names it (« la carte se terminant par 1234 »); a card
// security code or an expiry date is never kept.
const KEPT_CARD_DIGITS = 4;
const CARD_WORDS =
  /\b(?:cartes?|cb|card|visa|mastercard|amex|american express|num[ée]ro de carte|card number)\b/iu;
const CARD_DETAIL_WORDS =
  /\b(?:crypto(?:gramme)?|cvv2?|cvc2?|code (?:de s[ée]curit[ée]|au dos|[àa] trois chiffres)|security code|expir\w*|valable jusqu|validit[ée]|date de fin|exp\.?|valid (?:thru|until))\b/iu;
// A security code or expiry date follows the card number within a breath.
const DETAIL_REACH = 60;
const IBAN_SHAPE =
  /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}(?:[\s.\-_\u200b-\u200d\u2060]{0,2}[A-Za-z0-9]){11,30}/gu;
const NIR_CORSICA =
  /[12][\s.-]?\d{2}[\s.-]?\d{2}[\s.-]?2[AaBb][\s.-]?\d{3}[\s.-]?\d{3}[\s.-]?\d{2}/gu;

const MASK: Record<RedactedKind, (kept: string) => string> = {
  card: (kept) => `[carte masquée, fin ${kept}]`,
  iban: () => '[IBAN masqué]',
  nir: () => '[NIR masqué]',
  'card-detail': () => '[code masqué]',
  number: () => '[numéro masqué]',
};

const overlaps = (found: readonly Redaction[], start: number, end: number) =>
  found.some((span) => start < span.end && span.start < end);

function ibanSpans(text: string): Redaction[] {
  const spans: Redaction[] = [];
  for (const match of text.matchAll(IBAN_SHAPE)) {
    let raw = match[0];
    // Greedy on purpose (« FR76 … 189 et »): drop trailing groups while the checksum fails.
    while (!ibanValid(raw) && /[\s.\-_]\S+$/u.test(raw)) raw = raw.replace(/[\s.\-_]\S+$/u, '');
    // A mistyped IBAN is still somebody's account: mask the shape when the checksum fails, as
    // long as it is written like one (« FR76… »), not « le 4970… ».
    if (!ibanValid(raw)) {
      if (!/^[A-Z]{2}\d/u.test(match[0])) continue;
      raw = match[0].replace(/[\s.\-_]+[A-Za-z]+$/u, '');
    }
    if ((raw.match(/\d/g) ?? []).length >= 10)
      spans.push({ kind: 'iban', start: match.index, end: match.index + raw.length, kept: '' });
  }
  return spans;
}

function corsicanNirSpans(text: string): Redaction[] {
  return [...text.matchAll(NIR_CORSICA)]
    .filter((match) => nirValid(match[0]))
    .map((match) => ({
      kind: 'nir' as const,
      start: match.index,
      end: match.index + match[0].length,
      kept: '',
    }));
}

/** The digits left dangling at the end of the previous agent lines (a number split across turns). */
function danglingDigits(earlierLines: readonly string[]): number {
  let count = 0;
  for (const line of [...earlierLines].reverse()) {
    const runs = findDigitRuns(line);
    const last = runs.at(-1);
    if (!last || !onlyTrailingPunctuation(line, last.end)) break;
    count += last.digits.length;
    // A line made of that number alone may continue an even earlier one.
    if (runs.length > 1 || /\p{L}/u.test(line.slice(0, last.start))) break;
  }
  return count;
}

function classifyRun(
  run: DigitRun,
  context: { cardTalk: boolean; detailTalk: boolean; carried: number; cardEnds: number[] },
): Redaction | null {
  const length = run.digits.length;
  const span = { start: run.start, end: run.end, kept: '' };
  if (length === 15 && nirValid(run.digits)) return { ...span, kind: 'nir' };
  if (length >= CARD_DIGITS.min && length <= CARD_DIGITS.max)
    return { ...span, kind: 'card', kept: run.digits.slice(-KEPT_CARD_DIGITS) };
  if (length > CARD_DIGITS.max) return { ...span, kind: 'number' };
  if (context.carried > 0 && context.carried + length >= CARD_DIGITS.min)
    return { ...span, kind: 'number' };
  if (context.cardTalk && length >= PARTIAL_CARD_MIN) return { ...span, kind: 'number' };
  const afterCard = context.cardEnds.some(
    (end) => end <= run.start && run.start - end <= DETAIL_REACH,
  );
  if (length >= 3 && length <= 6 && (context.detailTalk || afterCard))
    return { ...span, kind: 'card-detail' };
  return null;
}

/**
 * Every span of an agent line to mask before it is stored, scored, exported or synced: card
 * numbers (checksum or not, whatever the separators and digits), IBANs, NIRs, and card security
 * codes and expiry dates given in context. `earlierLines` are the agent's previous lines, oldest
 * first: they tell whether the talk is about a card and whether a number began there.
 */
export function findRedactions(text: string, earlierLines: readonly string[] = []): Redaction[] {
  const found: Redaction[] = [...ibanSpans(text)];
  for (const span of corsicanNirSpans(text))
    if (!overlaps(found, span.start, span.end)) found.push(span);
  const recent = [...earlierLines.slice(-2), text].join('\n');
  const context = {
    cardTalk: CARD_WORDS.test(recent),
    detailTalk: CARD_DETAIL_WORDS.test(recent),
    carried: danglingDigits(earlierLines.slice(-2)),
    cardEnds: [] as number[],
  };
  findDigitRuns(text).forEach((run, index) => {
    if (overlaps(found, run.start, run.end)) return;
    // Only the line's first number can continue the one left dangling by the previous line.
    const redaction = classifyRun(run, { ...context, carried: index === 0 ? context.carried : 0 });
    if (!redaction) return;
    found.push(redaction);
    if (redaction.kind === 'card' || redaction.kind === 'number') context.cardEnds.push(run.end);
  });
  return found.sort((a, b) => a.start - b.start);
}

/** The agent line with every sensitive span masked (see findRedactions). */
export function redactAgentLine(text: string, earlierLines: readonly string[] = []): string {
  let result = text;
  for (const span of findRedactions(text, earlierLines).reverse()) {
    result = result.slice(0, span.start) + MASK[span.kind](span.kept) + result.slice(span.end);
  }
  return result;
}

/** Redacts a whole conversation's agent lines in order, each with the ones before as context. */
export function redactAgentLines(lines: readonly string[]): string[] {
  return lines.map((line, index) =>
    redactAgentLine(line, lines.slice(Math.max(0, index - 2), index)),
  );
}

/** A transcript turn as far as redaction cares: who spoke, the words, and the quoted flags. */
interface RedactableTurn {
  speaker: string;
  text: string;
  flags: readonly { text: string }[];
}

/**
 * Redacts every turn of a recorded transcript (export, sync, older records): agent lines with the
 * agent's previous lines as context, other lines on their own, and every quoted flag.
 */
export function redactTurns<T extends RedactableTurn>(turns: readonly T[]): T[] {
  const agentLines: string[] = [];
  return turns.map((turn) => {
    const earlier = turn.speaker === 'agent' ? agentLines.slice(-2) : [];
    if (turn.speaker === 'agent') agentLines.push(turn.text);
    return {
      ...turn,
      text: redactAgentLine(turn.text, earlier),
      flags: turn.flags.map((flag) => ({ ...flag, text: redactAgentLine(flag.text, earlier) })),
    };
  });
}
