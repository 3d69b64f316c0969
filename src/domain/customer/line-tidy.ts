// The last pass every shown line goes through: one clean sentence in the call's language.

type Language = 'fr' | 'en';

// Words said twice on purpose (« nous nous », « oui oui », "had had").
const MEANT_TWICE = new Set(['nous', 'vous', 'oui', 'non', 'si', 'très', 'bon', 'had', 'that']);

// Spoken English contracts; a contraction never ends a clause ("Yes, it is." stays).
const CONTRACTIONS: [RegExp, string][] = [
  [/\bI am\b(?=\s+\w)/gu, "I'm"],
  [/\bI have (been|got|had|done|tried|paid|called|never|already|just)\b/gu, "I've $1"],
  [/\bI will\b(?=\s+\w)/gu, "I'll"],
  [/\b(you|we|they) are\b(?=\s+\w)/giu, "$1're"],
  [/\b(it|that|there|what) is\b(?=\s+\w)/giu, "$1's"],
  [/\b(do|does|did|is|are|was|were|has|have|had|could|would|should) not\b/giu, "$1n't"],
  [/\bcannot\b/giu, "can't"],
  [/\bcan not\b/giu, "can't"],
  [/\bwill not\b/giu, "won't"],
];

function dropDoubledWords(text: string): string {
  const pieces = text.match(/\p{L}+|[^\p{L}]+/gu) ?? [];
  const kept: string[] = [];
  for (const piece of pieces) {
    const word = kept.at(-2)?.toLowerCase();
    const doubled =
      word === piece.toLowerCase() && /^\s+$/u.test(kept.at(-1) ?? '') && !MEANT_TWICE.has(word);
    if (doubled) kept.pop();
    else kept.push(piece);
  }
  return kept.join('');
}

function fixPunctuation(text: string, language: Language): string {
  let fixed = text
    .replace(/\s+/gu, ' ')
    // A comma next to a stronger mark is a leftover: « ?, », « , ! », « ,. ».
    .replace(/([?!.…])\s*,/gu, '$1')
    .replace(/,\s*([?!.;:])/gu, '$1')
    .replace(/,(\s*,)+/gu, ',')
    .replace(/([?!])\s*\.(?!\.)/gu, '$1')
    .replace(/\s+([,.…])/gu, '$1')
    .replace(/^[\s,;:.]+/u, '');
  fixed =
    language === 'fr'
      ? // French sets a space before ? ! ; : (not inside a time such as 20:30), and elides
        // « de » before a name that starts with a vowel (« d'Orléans »).
        fixed
          .replace(/\b([Dd])e ([AEIOUYÉÈÊÂÎÔÛ])/gu, "$1'$2")
          .replace(/([^\s\d])([?!;])/gu, '$1 $2')
          .replace(/([^\s\d])(:)(?!\d)/gu, '$1 $2')
          .replace(/ ([?!]) ([?!])/gu, ' $1$2')
      : fixed.replace(/\s+([?!;:])/gu, '$1');
  return fixed.trim();
}

function capitalise(text: string): string {
  const first = text.charAt(0).toUpperCase() + text.slice(1);
  return first.replace(
    /([.?!]\s+)(\p{Ll})/gu,
    (_whole, end: string, letter: string) => `${end}${letter.toUpperCase()}`,
  );
}

/**
 * Tidies a line before it is shown: single spaces, no word said twice by accident, punctuation
 * set as the language wants (no « ?, » nor « , ! »), capitals at sentence starts, and the
 * contractions of spoken English.
 */
export function tidyLine(text: string, language: Language): string {
  let line = dropDoubledWords(fixPunctuation(text, language));
  if (language === 'en') for (const [pattern, by] of CONTRACTIONS) line = line.replace(pattern, by);
  return capitalise(line);
}

/** Chooses the form of `{masculine|feminine}` alternatives for the speaker's gender. */
export function inflect(text: string, gender: 'f' | 'm'): string {
  return text.replace(
    /\{([^{}|]*)\|([^{}|]*)\}/gu,
    (_whole, masculine: string, feminine: string) => (gender === 'f' ? feminine : masculine),
  );
}
