// How the customer reads the agent's line beyond its moves: whether it repeats itself, grants a
// request, or has put something on the table to object to (customer-reply.ts).
import type { AgentTurnReading } from '../customer/customer.types';
import { isUpset } from '../customer/mood';
import type { SessionState } from './session.types';

// What puts something on the table to object to: an option, an argument, the solution phase.
const OFFERING = new Set(['propose', 'argue_benefit']);
const OFFER_PHASES = new Set(['solution', 'objection', 'conclusion']);

/** True when the line gives what was asked (a promise, an offer) without refusing or checking. */
export function grants(reading: AgentTurnReading): boolean {
  const moves = new Set<string>(reading.moves.map((move) => move.id));
  const gives = moves.has('commit') || moves.has('propose');
  return gives && !moves.has('refuse_politely') && !moves.has('verify_identity');
}

/** « Mais vous ne répondez pas … » after an answer: the complaint comes back against it. */
export function butThen(line: string, language: 'fr' | 'en'): string {
  const first = /^[\p{L}'’]+/u.exec(line)?.[0] ?? '';
  // « Mais enfin bref, je vous raconte ma vie, mais … » says « mais » twice: the line has its own.
  if (first === '' || /\b(mais|but)\b/iu.test(line)) return line;
  const keep = /^I('|’|$)/u.test(first) || /\p{Lu}/u.test(first.slice(1));
  const rest = keep ? line : `${line.charAt(0).toLowerCase()}${line.slice(1)}`;
  return `${language === 'fr' ? 'Mais' : 'But'} ${rest}`;
}

/** True once the agent has offered something the customer could object to. */
export function offerMade(
  session: SessionState,
  reading: AgentTurnReading | null,
  phase: string | undefined,
): boolean {
  if (phase !== undefined && OFFER_PHASES.has(phase)) return true;
  // A DESC limit's « je vous propose de reprendre votre dossier » offers no solution.
  const offers = (moves: readonly { id: string }[]) =>
    moves.some((m) => OFFERING.has(m.id)) && !moves.some((m) => m.id === 'set_limit');
  if (reading && offers(reading.moves)) return true;
  return session.transcript.some((turn) => turn.speaker === 'agent' && offers(turn.moves));
}

/** True when the agent's line just said (the last turn) repeats their previous line word for word. */
export function saidTwice(session: SessionState): boolean {
  const lines = session.transcript.filter((turn) => turn.speaker === 'agent');
  const [previous, last] = lines.slice(-2);
  return previous !== undefined && last !== undefined && previous.text === last.text;
}

/**
 * True when the customer was upset as the agent's last line was said: the mood before it, which
 * the turn before that line recorded (a promise is heard by the customer one was talking to).
 */
export function heardUpset(session: SessionState): boolean {
  const lastAgent = session.transcript.findLastIndex((turn) => turn.speaker === 'agent');
  const before = lastAgent > 0 ? session.transcript[lastAgent - 1]?.mood : undefined;
  return isUpset(before ?? session.mood) || isUpset(session.mood);
}
