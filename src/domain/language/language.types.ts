import type { MoveId } from '../moves/move-catalogue';
import type { ToneFlagId } from './tone-flag-ids';

export type Lang = 'fr' | 'en';

/** One word of a line after normalisation, pointing back at its span in the raw text. */
export interface Token {
  /** Canonical form used for matching: lower case, accents folded, shortcut expanded. */
  norm: string;
  /** Lower case with accents kept (stemmers need them). */
  lower: string;
  /** Offsets of the raw span this token came from (an expanded shortcut shares its span). */
  start: number;
  end: number;
  /** Punctuation that ends a clause (. ! ? ; :) — kept as tokens so rules can see questions. */
  isPunct: boolean;
  /** Written with an initial capital in the raw text (a hint for proper names). */
  capitalised: boolean;
  /** Inside the scope of a negation (ne … pas, jamais, not …). */
  negated: boolean;
}

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface AnalysedMove {
  id: MoveId;
  /** 0–1; only moves at or above the analyser's threshold are reported. */
  confidence: number;
  /** The words of the line that triggered the move. */
  evidence: string[];
  /** Moves said inside this one's formula (the thanks in « merci de votre patience »). */
  includes?: MoveId[];
}

export interface ToneFlag extends Span {
  id: ToneFlagId;
  /** What to say instead, when the trade or the brand has a preferred wording. */
  suggestion?: string;
}

export interface LineContext {
  customerFirstName?: string;
  customerLastName?: string;
}

/** What a script step may add for its expected moves (no retraining: matched directly). */
export interface MoveHints {
  examples?: Partial<Record<MoveId, string[]>>;
  keywords?: Partial<Record<MoveId, string[]>>;
}

export interface AnalyseOptions {
  context?: LineContext;
  hints?: MoveHints;
}

export interface Analysis {
  text: string;
  moves: AnalysedMove[];
  flags: ToneFlag[];
  /** Normalised tokens, for debugging and for later layers; not part of the CLI output. */
  tokens: Token[];
}

/** Training lines per move, as the corpus files hold them. */
export type MoveCorpus = Partial<Record<MoveId, string[]>>;
