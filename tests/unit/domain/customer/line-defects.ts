// The defects no shown line may have (issue 12, item 6), as one checker the tests share.

const MEANT_TWICE = new Set(['nous', 'vous', 'oui', 'non', 'si', 'très', 'bon', 'had', 'that']);
const ENGLISH_WORDS = /\b(the|and|you|your|please|thank|with|would|what)\b/iu;
const FRENCH_WORDS = /\b(je|vous|est|les|avec|pour|merci|bonjour|votre|c'est)\b/iu;
const UNCONTRACTED = /\b(I am|do not|does not|did not|is not|are not|cannot|will not)\s+\w/u;

// Where a word agrees with the customer's gender: what they say of themself, what the agent
// says of them.
const ABOUT = {
  customer:
    /\bje (?:ne )?(?:suis|me suis|veux être|veux pas être|veux plus être)(?: pas| plus| très| bien)? (\p{L}+)/giu,
  agent:
    /\b(?:vous (?:n'|n’)?(?:êtes|étiez|soyez)|vous avez été|d'être|d’être)(?: pas| plus| très| bien)? (\p{L}+)/giu,
};
const MASCULINE = new Set([
  'perdu',
  'sûr',
  'satisfait',
  'inscrit',
  'mis',
  'client',
  'convaincu',
  'prudent',
  'seul',
  'prêt',
  'content',
  'déçu',
]);
const FEMININE = new Set([
  'perdue',
  'sûre',
  'satisfaite',
  'inscrite',
  'mise',
  'cliente',
  'convaincue',
  'prudente',
  'seule',
  'prête',
  'contente',
  'déçue',
]);

// « Elle-même. » / « Lui-même. » opening a sentence: the customer answering to their own name.
const SELF = /(?:^|[.!?…]\s+)(elle|lui)-même\b/giu;

function wrongGender(text: string, gender: 'f' | 'm', voice: 'customer' | 'agent'): string | null {
  if (voice === 'customer')
    for (const match of text.matchAll(SELF)) {
      const word = (match[1] ?? '').toLowerCase();
      if ((gender === 'm' && word === 'elle') || (gender === 'f' && word === 'lui'))
        return `${word}-même`;
    }
  for (const match of text.matchAll(ABOUT[voice])) {
    const word = (match[1] ?? '').toLowerCase();
    const feminine = word.endsWith('ée') || FEMININE.has(word);
    const masculine = (word.endsWith('é') && word.length > 2) || MASCULINE.has(word);
    if ((gender === 'f' && masculine) || (gender === 'm' && feminine)) return word;
  }
  return null;
}

function doubledWord(text: string): string | null {
  const words = text.match(/\p{L}+|[^\p{L}]+/gu) ?? [];
  for (let index = 2; index < words.length; index += 1) {
    const word = words[index]?.toLowerCase();
    if (
      word === words[index - 2]?.toLowerCase() &&
      /^\s+$/u.test(words[index - 1] ?? '') &&
      !MEANT_TWICE.has(word ?? '')
    )
      return `${word} ${word}`;
  }
  return null;
}

/** Every defect of a shown line, as short names (empty when the line is clean). */
export function lineDefects(
  text: string,
  language: 'fr' | 'en',
  gender: 'f' | 'm',
  voice: 'customer' | 'agent',
): string[] {
  const defects: string[] = [];
  if (/[{}]|\[[^\]\s]+\]/u.test(text)) defects.push('raw slot');
  const doubled = doubledWord(text);
  if (doubled) defects.push(`doubled word « ${doubled} »`);
  if (/[?!.…]\s*,|,\s*[?!.;:]|\s[,.]|,,/u.test(text)) defects.push('glued punctuation');
  if (language === 'fr' && /[^\s\d?!][?!;]/u.test(text)) defects.push('no space before ? ! ;');
  if (language === 'en' && /\s[?!;:]/u.test(text)) defects.push('space before ? ! ; :');
  if (/^\p{Ll}/u.test(text)) defects.push('no capital');
  if (/\s{2}|^\s|\s$/u.test(text)) defects.push('spacing');
  if (language === 'fr' && ENGLISH_WORDS.test(text)) defects.push('English in a French call');
  if (language === 'en' && FRENCH_WORDS.test(text)) defects.push('French in an English call');
  if (language === 'en' && UNCONTRACTED.test(text)) defects.push('uncontracted spoken English');
  const wrong = language === 'fr' ? wrongGender(text, gender, voice) : null;
  if (wrong) defects.push(`« ${wrong} » for a ${gender === 'f' ? 'woman' : 'man'}`);
  return defects;
}
