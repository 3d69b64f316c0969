/**
 * Tone features the ear reports on a line. Shared with scoring (each becomes a finding) and
 * with the eval fixtures; never rename one without migrating both.
 */
export const TONE_FLAG_IDS = [
  'tutoiement',
  'customer_named',
  'first_name_only',
  'banned_phrase',
  'negative_framing',
  'hedging',
  'blame',
  'ownership_refusal',
  'familiar_register',
  'jargon',
  'false_promise',
  'insult',
  'sensitive_data',
  'signature_phrase',
  'politeness',
] as const;

export type ToneFlagId = (typeof TONE_FLAG_IDS)[number];

/** True when the value is a tone flag id. */
export function isToneFlagId(value: unknown): value is ToneFlagId {
  return typeof value === 'string' && (TONE_FLAG_IDS as readonly string[]).includes(value);
}
