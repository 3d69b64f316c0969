import type { Lang, Token } from './language.types';

const FR_CLOSERS = new Set([
  'pas',
  'plus',
  'jamais',
  'rien',
  'personne',
  'aucun',
  'aucune',
  'nullement',
  'guere',
]);
const EN_NEGATORS = new Set(['not', 'never', 'no', 'without']);
// A conjunction opens a new clause: "je ne transfère pas mais je vous passe …" negates only the first.
const CLAUSE_BREAKERS: Record<Lang, Set<string>> = {
  fr: new Set(['mais', 'et', 'car', 'donc', 'puis', 'alors', 'parce', 'sinon', 'cependant', 'ou']),
  en: new Set(['but', 'and', 'so', 'because', 'then', 'or', 'however']),
};
// Idioms built on a negation that mean something positive ("n'hésitez pas à me rappeler").
const POSITIVE_IDIOM_VERBS = /^(hesit|manqu)/;
// Words after the negator that it still governs; more and we are likely in the next idea.
const FORWARD_REACH = 4;

function isBoundary(lang: Lang, token: Token): boolean {
  return token.isPunct || CLAUSE_BREAKERS[lang].has(token.norm);
}

function markForward(lang: Lang, tokens: Token[], from: number): void {
  for (let k = from, n = 0; k < tokens.length && n < FORWARD_REACH; k += 1, n += 1) {
    const token = tokens[k];
    if (!token || isBoundary(lang, token)) return;
    token.negated = true;
  }
}

function markFrench(tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token) continue;
    if (FR_CLOSERS.has(token.norm)) {
      // Spoken French drops "ne": the verb just before "pas" is negated too ("je transfère pas").
      const previous = tokens[i - 1];
      const ne = findNe(tokens, i);
      const verb = tokens[(ne ?? i - 1) + 1];
      if (verb && POSITIVE_IDIOM_VERBS.test(verb.norm)) continue;
      if (ne !== undefined) {
        for (let k = ne + 1; k < i; k += 1) (tokens[k] as Token).negated = true;
      } else if (previous && !isBoundary('fr', previous) && previous.norm !== 'ne') {
        previous.negated = true;
      }
      markForward('fr', tokens, i + 1);
    } else if (token.norm === 'sans') {
      markForward('fr', tokens, i + 1);
    }
  }
}

// The "ne" that pairs with a closer, looking back within the clause.
function findNe(tokens: Token[], closer: number): number | undefined {
  for (let k = closer - 1; k >= 0 && closer - k <= 6; k -= 1) {
    const token = tokens[k] as Token;
    if (isBoundary('fr', token)) return undefined;
    if (token.norm === 'ne') return k;
  }
  return undefined;
}

function markEnglish(tokens: Token[]): void {
  tokens.forEach((token, i) => {
    if (EN_NEGATORS.has(token.norm)) markForward('en', tokens, i + 1);
  });
}

/** Marks, in place, the tokens governed by a negation; returns the same array. */
export function markNegation(lang: Lang, tokens: Token[]): Token[] {
  if (lang === 'fr') markFrench(tokens);
  else markEnglish(tokens);
  return tokens;
}
