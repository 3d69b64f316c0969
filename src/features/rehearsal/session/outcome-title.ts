import type { Script } from '@/domain/script/script-schema';
import type { SessionOutcome } from '@/domain/session/session.types';

/** The author's name for the outcome the call reached, or null when something cut it short. */
export function outcomeTitle(script: Script, outcome: SessionOutcome | null): string | null {
  if (outcome?.reason !== 'script') return null;
  const step = script.steps.find((s) => s.kind === 'outcome' && s.code === outcome.code);
  return step?.title ?? outcome.code;
}
