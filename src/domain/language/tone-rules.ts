import type { BrandVoice } from '../brand/brand-voice.types';
import { insultPhrases, insultWords } from './insult-words';
import { compilePattern, findPattern, isNegatedMatch, type Pattern } from './pattern';
import { findSensitiveData } from './sensitive-data';
import { EN_INSULT_PHRASES, EN_LEXICON } from './tone-lexicon-en';
import { FR_INSULT_PHRASES, FR_LEXICON } from './tone-lexicon-fr';
import type { LexiconEntry } from './tone-lexicon.types';
import { findNaming } from './tone-naming';
import { findTutoiement } from './tone-register';
import type { Lang, LineContext, Token, ToneFlag } from './language.types';

interface CompiledEntry extends LexiconEntry {
  compiled: Pattern;
}

const SENSITIVE_SUGGESTION: Record<Lang, string> = {
  fr: 'ne lisez ni ne notez jamais ces données ; orientez vers l’espace client sécurisé',
  en: 'never read out or write down these details; point to the secure customer area',
};

// " || " separates whole-phrase alternatives of one entry ("je vous en prie || avec plaisir").
function compileEntries(lang: Lang, entries: LexiconEntry[]): CompiledEntry[] {
  return entries.flatMap((entry) =>
    entry.pattern
      .split(' || ')
      .map((variant) => ({ ...entry, compiled: compilePattern(lang, variant) })),
  );
}

const TRADE: Record<Lang, CompiledEntry[]> = {
  fr: compileEntries('fr', [...FR_LEXICON, ...FR_INSULT_PHRASES]),
  en: compileEntries('en', [...EN_LEXICON, ...EN_INSULT_PHRASES]),
};
const INSULT_PHRASES: Record<Lang, CompiledEntry[]> = {
  fr: compileEntries(
    'fr',
    insultPhrases('fr').map((pattern) => ({ pattern, flags: ['insult'] })),
  ),
  en: compileEntries(
    'en',
    insultPhrases('en').map((pattern) => ({ pattern, flags: ['insult'] })),
  ),
};

// Brand text is plain words: characters of the pattern syntax are not operators there.
function plain(text: string): string {
  return text.replace(/[|*()…^.,;:!?]/g, ' ');
}

// Acronyms ("ONT", "PTO") are also ordinary words in lower case ("ils ont"): match their case.
function acronymCheck(term: string): RegExp | undefined {
  if (!/^[\p{Lu}\p{N}\s-]+$/u.test(term) || !/\p{Lu}{2}/u.test(term)) return undefined;
  const escaped = term.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
}

// "Peut-être" (maybe) may be banned where "peut être" (can be) is not: a hyphenated word of a
// brand phrase matches written with its hyphen or glued, never split by a space.
function hyphenCheck(phrase: string): RegExp | undefined {
  const words = plain(phrase).trim().split(/\s+/u);
  if (!words.some((word) => /\p{L}-\p{L}/u.test(word))) return undefined;
  const word = (text: string) =>
    text
      .split('-')
      .filter(Boolean)
      .map(() => '[^\\s-]+')
      .join('-?');
  return new RegExp(`^${words.map(word).join('[\\s\\S]+?')}$`, 'u');
}

// A banned phrase is the brand's exact words, give or take an agreement ending: the stemmer
// would make « vous devez » (an order) out of « vous deviez » (what was planned).
function exactWordsCheck(phrase: string): RegExp {
  const words = plain(phrase)
    .trim()
    .split(/[\s'’]+/u)
    .map((word) => `${word.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}(?:e|s|es|x)?`);
  return new RegExp(`(?<![\\p{L}])${words.join("[\\s'’-]+")}(?![\\p{L}])`, 'iu');
}

/** Compiles the brand guide's banned phrases, jargon and signature phrases for matching. */
export function compileBrandVoice(lang: Lang, voice: BrandVoice): CompiledEntry[] {
  const entries: LexiconEntry[] = [
    ...voice.bannedPhrases.map(({ phrase, alternative }): LexiconEntry => {
      const raw = hyphenCheck(phrase) ?? exactWordsCheck(phrase);
      return {
        pattern: plain(phrase),
        flags: ['banned_phrase'],
        suggestion: alternative,
        ...(raw ? { raw } : {}),
      };
    }),
    ...voice.jargon.map(({ term, plain: plainWords }): LexiconEntry => {
      const raw = acronymCheck(term);
      return {
        pattern: plain(term),
        flags: ['jargon'],
        suggestion: plainWords,
        ...(raw ? { raw } : {}),
      };
    }),
    ...voice.signaturePhrases.map((phrase): LexiconEntry => ({
      pattern: plain(phrase),
      flags: ['signature_phrase'],
    })),
  ];
  return compileEntries(
    lang,
    entries.filter((entry) => entry.pattern.trim() !== ''),
  );
}

function matchEntries(entries: CompiledEntry[], tokens: Token[], text: string): ToneFlag[] {
  const flags: ToneFlag[] = [];
  for (const entry of entries) {
    for (const match of findPattern(entry.compiled, tokens, text)) {
      if (entry.raw && !entry.raw.test(match.text)) continue;
      if (entry.unlessNegated && isNegatedMatch(match, tokens)) continue;
      for (const id of entry.flags) {
        flags.push({
          id,
          text: match.text,
          start: match.start,
          end: match.end,
          ...(entry.suggestion ? { suggestion: entry.suggestion } : {}),
        });
      }
    }
  }
  return flags;
}

function findInsultWords(lang: Lang, tokens: Token[], text: string): ToneFlag[] {
  const words = insultWords(lang);
  return tokens
    .filter((token) => !token.isPunct && words.has(token.norm))
    .map((token) => ({
      id: 'insult' as const,
      text: text.slice(token.start, token.end),
      start: token.start,
      end: token.end,
    }));
}

// One hit per place and flag: overlapping matches of one flag ("ce n'est pas un problème"
// matched by two wordings) collapse into the longest.
function dedupe(flags: ToneFlag[]): ToneFlag[] {
  const sorted = [...flags].sort(
    (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start),
  );
  const kept: ToneFlag[] = [];
  for (const flag of sorted) {
    const clash = kept.some((k) => k.id === flag.id && k.start < flag.end && flag.start < k.end);
    if (!clash) kept.push(flag);
  }
  return kept;
}

/** Every tone feature of a line, each with its span and, where one exists, a better wording. */
export function findToneFlags(
  lang: Lang,
  tokens: Token[],
  text: string,
  brand: CompiledEntry[],
  context?: LineContext,
  fullText: string = text,
): ToneFlag[] {
  const sensitive = findSensitiveData(fullText).map((span): ToneFlag => ({
    id: 'sensitive_data',
    text: span.text,
    start: span.start,
    end: span.end,
    suggestion: SENSITIVE_SUGGESTION[lang],
  }));
  return dedupe([
    // The brand's own wording comes first: on the same words, its alternative is the one kept.
    ...matchEntries(brand, tokens, text),
    ...matchEntries(TRADE[lang], tokens, text),
    ...matchEntries(INSULT_PHRASES[lang], tokens, text),
    ...findInsultWords(lang, tokens, text),
    ...findTutoiement(lang, tokens, text),
    ...findNaming(lang, tokens, text, context),
    ...sensitive,
  ]);
}

export type { CompiledEntry };
