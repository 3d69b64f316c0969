import type { ScriptSnapshot } from './script-cursor';
import { currentStep } from './script-cursor';
import type { SessionState, TurnEvent } from './session.types';
import { progressOf } from './step-gate';

/** A script's success counts only if no account change was made before identity was checked. */
export function credited(
  session: SessionState,
  outcome: NonNullable<SessionState['outcome']>,
): NonNullable<SessionState['outcome']> {
  const breached = session.transcript.some((turn) =>
    turn.events.some((event) => event.type === 'unverified_change'),
  );
  return outcome.success && breached ? { ...outcome, success: false } : outcome;
}

// Phases a call may leave verification for without the customer having proved anything.
const LEFT_WITHOUT_PROOF = new Set(['verification', 'conclusion', 'accueil']);

/**
 * True when the customer's line proves identity, after being asked: it carries the file's
 * proof, or the script took the answer as proof (the call left verification for its business).
 */
export function provesIdentity(
  session: SessionState,
  text: string,
  events: TurnEvent[],
  after: ScriptSnapshot,
): boolean {
  const { persona, script } = session.config;
  // A caller with a hidden intent is not the holder: whatever they say proves nothing.
  if (persona.hiddenIntent || !progressOf(session).identityAsked) return false;
  const before = currentStep(script, session.scriptSnapshot as ScriptSnapshot);
  const next = currentStep(script, after);
  const accepted =
    before?.kind === 'customer' &&
    before.phase === 'verification' &&
    next?.kind === 'agent' &&
    !LEFT_WITHOUT_PROOF.has(next.phase) &&
    !events.some((event) => event.type === 'aside_started');
  if (accepted) return true;
  const proofFacts = events.some(
    (event) =>
      event.type === 'facts_given' &&
      event.facts.some((fact) => fact === 'customerNumber' || fact === 'securityDetail'),
  );
  return proofFacts || text.includes(persona.factSheet.customerNumber);
}
