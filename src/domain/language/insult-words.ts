import frenchBadWords from 'french-badwords-list/dist/array.js';
import { fold } from './normalise';
import type { Lang } from './language.types';

// french-badwords-list (MIT) has words that are ordinary in a call centre ("coche" la case, la
// "manche", un "pet" de travers, une "sale" — typo for salle …) or too mild to be an insult.
const FR_ORDINARY = new Set(
  (
    'coche manche emmanche sale pet magot gland punaise epais gourde crotte crotte raton minus pouf ' +
    'chauffard courtaud cricri crouton beauf miserable niac fritz rosbif kikoo kikou bougre pleutre ' +
    'cacou caldoche cafre pecque patarin porcas pounde goi tebe vier yeule marchandot moinaille ' +
    'monacaille robespierrot stearique ripopee satrouille counifle panoufle bourdille gaupe coche lacheux'
  ).split(' '),
);
// Insults the list lacks but agents (rarely) type at a customer.
const FR_EXTRA = [
  'boulet',
  'chiant',
  'chiante',
  'incapables',
  'idiot',
  'idiote',
  'idiots',
  'stupide',
  'stupides',
  'abrutie',
  'abrutis',
  'cretine',
  'debiles',
  'connards',
];
const EN_WORDS = (
  'idiot idiots stupid moron morons dumb jerk fuck fucking fucker fucked shit shitty bitch bastard asshole ' +
  'arsehole bloody crap dick prick twat wanker retard retarded loser scumbag bollocks dickhead imbecile cretin'
).split(' ');

function singleWords(list: string[]): Set<string> {
  return new Set(list.filter((w) => /^[\p{L}]+$/u.test(w)).map((w) => fold(w)));
}

const FR_SET = new Set(
  [...singleWords(frenchBadWords), ...FR_EXTRA].filter((w) => !FR_ORDINARY.has(w)),
);
const EN_SET = singleWords(EN_WORDS);
// Hyphenated entries of the list ("casse-couilles", "sous-merde") become word sequences.
const FR_MULTI = frenchBadWords
  .filter((w) => /^[\p{L}]+(?:[- ][\p{L}]+)+$/u.test(w))
  .map((w) => fold(w).replace(/-/g, ' '));

/** Single insult words of a language, accent-folded. */
export function insultWords(lang: Lang): ReadonlySet<string> {
  return lang === 'fr' ? FR_SET : EN_SET;
}

/** Multi-word insults of a language, as plain patterns. */
export function insultPhrases(lang: Lang): string[] {
  return lang === 'fr' ? FR_MULTI : ['shut up', 'piece of shit'];
}
