import type { BrandVoice } from '../brand/brand-voice.types';
import { createMoveEngine, detectMoves, type MoveEngine } from './move-detect';
import { prepare } from './move-classifier';
import { compileBrandVoice, findToneFlags, type CompiledEntry } from './tone-rules';
import type { AnalyseOptions, Analysis, Lang, MoveCorpus } from './language.types';

// Agent lines are a sentence or three. Past this, the rest of a paste is not read for moves
// and tone (it would only cost time); sensitive data is still searched in the whole text.
export const MAX_ANALYSED_CHARS = 4000;

export interface AnalyserConfig {
  lang: Lang;
  corpus: MoveCorpus;
  brandVoice?: BrandVoice;
}

export interface Analyser {
  lang: Lang;
  /** Reads one agent line into moves and tone flags. Never throws, whatever the string. */
  analyse: (text: string, options?: AnalyseOptions) => Analysis;
}

const NO_BRAND: BrandVoice = { bannedPhrases: [], jargon: [], signaturePhrases: [] };

/** Trains the move model and compiles the rules once; the returned analyser is then pure. */
export function createAnalyser(config: AnalyserConfig): Analyser {
  const { lang } = config;
  const engine: MoveEngine = createMoveEngine(lang, config.corpus);
  const brand: CompiledEntry[] = compileBrandVoice(lang, config.brandVoice ?? NO_BRAND);
  const read = (line: string) => prepare(lang, line);
  return {
    lang,
    analyse(input, options = {}) {
      const text = typeof input === 'string' ? input : String(input);
      const head = text.slice(0, MAX_ANALYSED_CHARS);
      const tokens = read(head);
      const flags = findToneFlags(lang, tokens, head, brand, options.context, text);
      // On an abusive line the classifier's guesses are not credited: only explicit formulas
      // (a transfer, a limit) still count as moves.
      const rulesOnly = flags.some((f) => f.id === 'insult');
      const moves = detectMoves(engine, tokens, head, read, { ...options, rulesOnly });
      // A refusal that closes the door or disowns the case is not a polite refusal.
      const impolite = flags.some(
        (f) => f.id === 'negative_framing' || f.id === 'ownership_refusal',
      );
      return {
        text,
        moves: impolite ? moves.filter((m) => m.id !== 'refuse_politely') : moves,
        flags,
        tokens,
      };
    },
  };
}
