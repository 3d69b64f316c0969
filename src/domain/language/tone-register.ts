import { compilePattern, findPattern, type Pattern } from './pattern';
import type { Lang, Token, ToneFlag } from './language.types';

// Second-person singular forms addressed to the customer. "t'" was normalised to "te", and the
// euphonic "-t-" of "a-t-il" was dropped by the tokeniser, so it never lands here.
const TU_WORDS = new Set(['tu', 'toi', 'te', 'ta', 'tes', 'ton', 'toi-meme']);
// "ton" is also the noun (tone): "vous haussez le ton", "sur un ton calme".
const TON_NOUN_BEFORE = new Set([
  'le',
  'un',
  'ce',
  'meme',
  'du',
  'de',
  'mon',
  'votre',
  'son',
  'quel',
  'bon',
]);

const FR_IMPERATIVES: Pattern[] = [
  'dis|écoute|regarde|excuse|attends|tiens|laisse moi',
  '^ attends|écoute|regarde|tiens|vas|bouge|arrête',
  'vas y',
].map((source) => compilePattern('fr', source));

/** `tutoiement`: tu/toi/ton/ta/tes/t' and singular imperatives (French only). */
export function findTutoiement(lang: Lang, tokens: Token[], text: string): ToneFlag[] {
  if (lang !== 'fr') return [];
  const flags: ToneFlag[] = [];
  tokens.forEach((token, i) => {
    if (!TU_WORDS.has(token.norm)) return;
    if (token.norm === 'ton' && TON_NOUN_BEFORE.has(tokens[i - 1]?.norm ?? '')) return;
    flags.push({
      id: 'tutoiement',
      text: text.slice(token.start, token.end),
      start: token.start,
      end: token.end,
    });
  });
  for (const pattern of FR_IMPERATIVES) {
    for (const match of findPattern(pattern, tokens, text)) {
      flags.push({ id: 'tutoiement', text: match.text, start: match.start, end: match.end });
    }
  }
  return flags;
}
