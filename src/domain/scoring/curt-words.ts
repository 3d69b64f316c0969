import { fold } from './scoring-context';

/**
 * Curt words (DOMAIN.md §2): an order where a request belongs (« donnez-moi » for « pouvez-vous
 * me donner »), a flat « non » that closes the door, a put-down or a reproach that judges the
 * caller (« faut suivre », « c'est votre problème », « vous aviez signé »). The ear's flags name
 * banned phrases and blame; these are the dry ways of talking to a caller that a trainer marks
 * down even when no listed phrase is said. Folded text: no accents, lower case, straight quotes.
 */
const CURT: Record<'fr' | 'en', RegExp[]> = {
  fr: [
    // A bare « non » as a whole sentence, or « c'est non ».
    /(?:^|[.!?]\s+)(?:non|c'est non)\s*[.!]/u,
    // Orders to hand something over, where « pouvez-vous me … » asks.
    /\b(?:donnez|filez|lisez|envoyez|passez)-moi\b/u,
    // Put-downs and reproaches.
    /\b(?:faut|il faut) suivre\b/u,
    /\bc'est votre probleme\b/u,
    /\bvous aviez signe\b/u,
    /\bvous n'aurez rien\b/u,
    /,\s*point(?: final)?\s*[.!]/u,
    // Checking the line the abrupt way (« êtes-vous toujours en ligne ? » asks it).
    /\ballo\s*\?/u,
    /(?:^|[.!?]\s+)(?:vous etes la|t'es la)\s*\?/u,
  ],
  en: [
    /(?:^|[.!?]\s+)no\s*[.!]/u,
    /\b(?:give|hand|read) me your\b/u,
    /\bstop asking\b/u,
    /\bgo away\b/u,
    /\byou're obviously\b/u,
    /\bthat's your problem\b/u,
    /\bkeep up\b/u,
    /\bhello\s*\?\s*(?:are you|you) there\?/u,
  ],
};

/** Each distinct curt phrase of a line as the agent said it, in the order of the rules. */
export function curtWords(text: string, lang: 'fr' | 'en'): string[] {
  const folded = fold(text);
  const found: string[] = [];
  for (const pattern of CURT[lang]) {
    const match = pattern.exec(folded);
    if (!match) continue;
    const words = match[0].replace(/^[.!?,\s]+|[.!?\s]+$/gu, '');
    const at = folded.indexOf(words, match.index);
    // Quote the agent's own spelling when folding kept the length (no ligature to unfold).
    found.push(folded.length === text.length ? text.slice(at, at + words.length) : words);
  }
  return found;
}
