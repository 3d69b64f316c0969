import { fold } from './normalise';
import type { Lang, LineContext, Token } from './language.types';

// Agents introduce themselves in many shapes ("ici Océane", "c'est Bastien de …", "Enzo du
// support", "Connor here"); what they share is a capitalised first name next to a cue. This
// rule looks for that shape rather than a fixed formula.
const CUES_BEFORE: Record<Lang, string[][]> = {
  fr: [
    ['ici'],
    ['je', 'suis'],
    ['ce', 'est'],
    ['appelle'],
    ['prenom', 'est'],
    ['nom', 'est'],
    ['moi', 'ce', 'est'],
  ],
  en: [
    ['this', 'is'],
    ['it', 'is'],
    ['i', 'am'],
    ['name', 'is'],
  ],
};
const CUES_AFTER: Record<Lang, string[][]> = {
  fr: [
    ['du'],
    ['de', 'la'],
    ['de', 'chez'],
    ['de', 'le'],
    ['a', 'votre', 'ecoute'],
    ['a', 'le', 'appareil'],
    ['conseiller'],
    ['conseillere'],
  ],
  en: [['here'], ['from'], ['speaking'], ['at']],
};
const NOT_A_FIRST_NAME = new Set([
  'monsieur',
  'madame',
  'mademoiselle',
  'mr',
  'mrs',
  'ms',
  'je',
  'vous',
  'nous',
  'il',
  'elle',
  'bonjour',
  'bonsoir',
  'merci',
  'desole',
  'desolee',
  'hello',
  'hi',
  'the',
  'i',
  'sorry',
  'here',
  'it',
  'this',
]);

function sequenceAt(tokens: Token[], at: number, words: string[]): boolean {
  return words.every((word, k) => tokens[at + k]?.norm === word);
}

function isCandidate(token: Token | undefined, context: LineContext): token is Token {
  if (!token || token.isPunct || !token.capitalised || NOT_A_FIRST_NAME.has(token.norm))
    return false;
  if (!/^\p{L}{2,}$/u.test(token.norm)) return false;
  const customer = [context.customerFirstName, context.customerLastName]
    .filter(Boolean)
    .map((n) => fold(n ?? ''));
  return !customer.includes(token.norm);
}

/** The words of a self-introduction ("ici Océane", "Connor here"), or undefined. */
export function findSelfIntroduction(
  lang: Lang,
  tokens: Token[],
  text: string,
  context: LineContext = {},
): string | undefined {
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!isCandidate(token, context)) continue;
    const before = CUES_BEFORE[lang].find((cue) => sequenceAt(tokens, i - cue.length, cue));
    if (before) return text.slice((tokens[i - before.length] as Token).start, token.end);
    // A cue after the name only counts at the start of a clause ("…, Enzo du support").
    const previous = tokens[i - 1];
    const clauseStart =
      !previous ||
      previous.isPunct ||
      ['bonjour', 'hello', 'hi', 'hiya', 'bonsoir'].includes(previous.norm);
    const after = CUES_AFTER[lang].find((cue) => sequenceAt(tokens, i + 1, cue));
    if (clauseStart && after)
      return text.slice(token.start, (tokens[i + after.length] as Token).end);
  }
  return undefined;
}
