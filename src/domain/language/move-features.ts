import { numberKind } from './normalise';
import { stem } from './stemmer';
import type { Lang, Token } from './language.types';

/** One classifier feature and the token it came from (for evidence). */
export interface Feature {
  name: string;
  token: number;
}

const DIGITS = /^\p{N}+$/u;

function wordFeature(lang: Lang, tokens: Token[], index: number): string {
  const token = tokens[index] as Token;
  const base = DIGITS.test(token.norm) ? numberKind(tokens, index) : stem(lang, token.lower);
  // Negated words are different features: "je vous transfère" and "je ne vous transfère pas"
  // must not vote the same way.
  return token.negated ? `!${base}` : base;
}

/**
 * Features of a run of tokens: stemmed words (negation-marked), adjacent-word bigrams, the
 * first word, and whether it asks a question. Stop words stay: "puis-je", "pouvez-vous" carry
 * the move.
 */
export function extractFeatures(lang: Lang, tokens: Token[]): Feature[] {
  const features: Feature[] = [];
  let previous: string | undefined;
  let first = true;
  tokens.forEach((token, index) => {
    if (token.isPunct) {
      if (token.norm === '?') features.push({ name: '<q>', token: index });
      previous = undefined;
      return;
    }
    const word = wordFeature(lang, tokens, index);
    features.push({ name: word, token: index });
    if (first) features.push({ name: `^${word}`, token: index });
    if (previous !== undefined) features.push({ name: `${previous}_${word}`, token: index });
    previous = word;
    first = false;
  });
  return features;
}
