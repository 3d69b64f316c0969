import type { ToneFlagId } from './tone-flag-ids';

/** One wording the trade flags, in the pattern syntax of pattern.ts. */
export interface LexiconEntry {
  pattern: string;
  flags: ToneFlagId[];
  /** The preferred wording (DOMAIN.md §2), shown to the agent in the debrief. */
  suggestion?: string;
  /** Extra check on the raw words, for spellings normalisation erases (the hyphen of "peut-être"). */
  raw?: RegExp;
  /** Not raised inside a negation: "ce n'est pas votre faute" reassures, it does not blame. */
  unlessNegated?: boolean;
}
