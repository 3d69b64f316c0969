/**
 * The part of a brand guide the language layer reads. Brand guide documents (scripts-library)
 * carry these fields under exactly these names, plus greeting/closing formulas, register, values.
 */
export interface BrandVoice {
  /** Words the brand forbids, each with what to say instead (on top of the trade-wide list). */
  bannedPhrases: { phrase: string; alternative: string }[];
  /** Internal terms a customer would not understand, each with plain words. */
  jargon: { term: string; plain: string }[];
  /** The brand's own phrases, rewarded when used. */
  signaturePhrases: string[];
}
