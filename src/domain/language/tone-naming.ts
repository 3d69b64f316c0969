import { editDistanceWithin } from './edit-distance';
import { fold } from './normalise';
import type { Lang, LineContext, Token, ToneFlag } from './language.types';

const TITLES: Record<Lang, Set<string>> = {
  fr: new Set(['monsieur', 'madame', 'mademoiselle']),
  en: new Set(['mr', 'mrs', 'ms', 'miss', 'mister', 'dr']),
};
// Words that follow a title without being a name ("merci Madame pour …", "au revoir Monsieur,
// bonne journée"). Function words are there, plus the formulas agents put after a title.
const NOT_A_NAME = new Set(
  (
    'je j tu il elle on nous vous ils elles me te se le la les l un une des de du d au aux ce cet cette ces ' +
    'mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs et ou mais donc or ni car que qui quoi ' +
    'pour par avec sans sur sous dans en a à y est es suis sommes etes sont ai as avons avez ont ne pas si ' +
    'bonjour bonsoir merci bonne bon belle excellente agreable tres bien oui non comprends entends desole ' +
    "desolee navre navree puis pouvez pourriez excusez voici voila d'accord tout toute avant apres " +
    'the a an and or but for with to of in on at is are you your we i it this that please thank thanks ' +
    'sorry have has good great nice kind welcome can could may would will how what'
  ).split(' '),
);
// A fallback when the line comes without the customer's name: common first names, caught only
// in a vocative slot ("Bonjour Paul", "Merci, Julie", ", Marc ?"). With context, the real
// first name is used instead.
const COMMON_FIRST_NAMES = new Set(
  (
    'jean pierre paul jacques michel marie anne sophie julie claire nathalie isabelle sylvie catherine ' +
    'francoise christine martine nicolas thomas julien antoine alexandre kevin marc luc philippe alain ' +
    'patrick laurent eric david sebastien vincent olivier camille lea manon chloe emma sarah laura ' +
    'pauline lucie celine aurelie karim mohamed sandrine valerie veronique stephane christophe ' +
    'john james robert michael william mary linda susan sarah emily jessica daniel matthew'
  ).split(' '),
);
const VOCATIVE_BEFORE = new Set([
  'bonjour',
  'bonsoir',
  'merci',
  'revoir',
  'hello',
  'hi',
  'thanks',
  'bye',
  'dear',
  ',',
]);
const SELF_INTRO_BEFORE = new Set(['suis', 'ici', 'appelle', 'nom', 'am', 'this', 'is', 'moi']);

function sameName(word: string, name: string): boolean {
  const target = fold(name);
  return (
    word === target ||
    (target.length >= 5 && word[0] === target[0] && editDistanceWithin(word, target, 1))
  );
}

function span(text: string, from: Token, to: Token): { text: string; start: number; end: number } {
  return { text: text.slice(from.start, to.end), start: from.start, end: to.end };
}

// "thierry.vasseur@exemple.fr" spells an address, it does not call the customer by name.
const ADDRESS = /[^\s@]+@[^\s@]+|\bhttps?:\/\/\S+|\bwww\.\S+/giu;

function addressSpans(text: string): [number, number][] {
  return [...text.matchAll(ADDRESS)].map((match) => [match.index, match.index + match[0].length]);
}

/** `customer_named` (title + surname) and `first_name_only` (first name without a title). */
export function findNaming(
  lang: Lang,
  tokens: Token[],
  text: string,
  context: LineContext = {},
): ToneFlag[] {
  const flags: ToneFlag[] = [];
  const titles = TITLES[lang];
  const lastName = context.customerLastName?.trim();
  const firstName = context.customerFirstName?.trim();
  const addresses = addressSpans(text);
  const inAddress = (token: Token) =>
    addresses.some(([start, end]) => token.start >= start && token.start < end);
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    const afterTitle = previous !== undefined && titles.has(previous.norm);
    if (titles.has(token.norm)) {
      // "Madame Claire Martin": the name may be one or two words after the title.
      const name = [tokens[i + 1], tokens[i + 2]].find(
        (t, k) =>
          t &&
          !t.isPunct &&
          (k === 0 || (lastName !== undefined && sameName(t.norm, lastName))) &&
          isName(t, lastName),
      );
      if (name) flags.push({ id: 'customer_named', ...span(text, token, name) });
      return;
    }
    if (token.isPunct || afterTitle || inAddress(token)) return;
    const isFirstName = firstName
      ? sameName(token.norm, firstName)
      : COMMON_FIRST_NAMES.has(token.norm) && token.capitalised && inVocativeSlot(tokens, i);
    if (isFirstName && !(previous && SELF_INTRO_BEFORE.has(previous.norm))) {
      const suggestion = lastName
        ? `${lang === 'fr' ? 'Madame/Monsieur' : 'Mr/Ms'} ${lastName}`
        : undefined;
      flags.push({
        id: 'first_name_only',
        ...span(text, token, token),
        ...(suggestion ? { suggestion } : {}),
      });
    }
  });
  return flags;
}

function isName(token: Token, lastName: string | undefined): boolean {
  // With the customer's surname known, "mon superviseur, M. Hamel" is someone else.
  if (lastName) return sameName(token.norm, lastName);
  if (NOT_A_NAME.has(token.norm) || /^\p{N}/u.test(token.norm) || token.norm.length < 2)
    return false;
  return true;
}

function inVocativeSlot(tokens: Token[], i: number): boolean {
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  if (previous && VOCATIVE_BEFORE.has(previous.norm)) return true;
  return previous === undefined && (next === undefined || next.norm === ',');
}
