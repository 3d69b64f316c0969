/**
 * What an agent turn can do. These ids are shared by scripts (expected moves), the language
 * layer (what a line performs) and scoring; never rename one without a migration.
 */
export const MOVE_IDS = [
  'greet',
  'introduce_self',
  'offer_help',
  'verify_identity',
  'recording_notice',
  'probe_open',
  'probe_closed',
  'reformulate',
  'empathise',
  'apologise',
  'thank',
  'explain',
  'propose',
  'argue_benefit',
  'handle_objection',
  'commit',
  'hold_request',
  'hold_return',
  'transfer',
  'refuse_politely',
  'set_limit',
  'recap',
  'check_satisfaction',
  'close',
] as const;

export type MoveId = (typeof MOVE_IDS)[number];

/** True when the value is a move id of the catalogue. */
export function isMoveId(value: unknown): value is MoveId {
  return typeof value === 'string' && (MOVE_IDS as readonly string[]).includes(value);
}
