import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en.js';
import StemmerFr from '@nlpjs/lang-fr/src/stemmer-fr.js';
import { fold } from './normalise';
import type { Lang } from './language.types';

const stemmers = { fr: new StemmerFr(), en: new StemmerEn() };
// Lines reuse a small vocabulary; caching keeps the Snowball stemmer off the hot path. The cap
// stops a 100 KB paste of random words from growing it without bound.
const caches: Record<Lang, Map<string, string>> = { fr: new Map(), en: new Map() };
const CACHE_LIMIT = 20_000;

/** Snowball stem of a lower-case word (accents kept for the stemmer), returned accent-folded. */
export function stem(lang: Lang, lower: string): string {
  const cache = caches[lang];
  const known = cache.get(lower);
  if (known !== undefined) return known;
  let result: string;
  try {
    result = fold(stemmers[lang].stemWord(lower));
  } catch {
    // The stemmer is third-party code; a word it chokes on is simply kept as it is.
    result = fold(lower);
  }
  if (cache.size < CACHE_LIMIT) cache.set(lower, result);
  return result;
}
