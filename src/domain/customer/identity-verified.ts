import type { SessionState, TranscriptTurn } from '../session/session.types';
import { customerFile, type CustomerFile } from './customer-file';
import { requestedFacts } from './fact-answers';
import { formatAmount } from './file-format';

function asksForIdentity(turn: TranscriptTurn): boolean {
  return (
    turn.moves.some((move) => move.id === 'verify_identity') ||
    requestedFacts(turn.text).includes('customerNumber')
  );
}

// A security word is checked by some of its letters, said one by one ("R and M").
function saysLettersOf(text: string, word: string): boolean {
  const said = new Set(text.match(/\b\p{Lu}\b/gu) ?? []);
  return [...word.toUpperCase()].filter((letter) => said.has(letter)).length >= 2;
}

/** Whether a customer line proves identity against the file: the number and a detail of it. */
function matchesFile(text: string, file: CustomerFile): boolean {
  if (!text.includes(file.customerNumber)) return false;
  const latest = file.invoices[0];
  const details = [
    ...file.checks.map((check) => check.value),
    ...(latest ? [formatAmount(latest.amount, file.language)] : []),
  ];
  if (details.length === 0) return true;
  return (
    details.some((detail) => text.includes(detail)) ||
    file.checks.some((check) => /word|mot/iu.test(check.label) && saysLettersOf(text, check.value))
  );
}

/**
 * Whether the caller's identity has been verified so far: the agent asked for it, and the
 * customer's answer matched the file (number and a non-public detail). The one place the
 * stage reads it from, so it can be re-pointed when the session records verification itself.
 */
export function identityVerified(session: SessionState): boolean {
  const file = customerFile(session.config.persona);
  let asked = false;
  for (const turn of session.transcript) {
    if (turn.speaker === 'agent' && asksForIdentity(turn)) asked = true;
    if (asked && turn.speaker === 'customer' && matchesFile(turn.text, file)) return true;
  }
  return false;
}
