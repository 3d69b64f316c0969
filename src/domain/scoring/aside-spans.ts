import { isAsideHandled } from '../customer/aside-policy';
import type { AsideKind } from '../customer/customer.types';
import type { TranscriptTurn } from '../session/session.types';
import { movesOf, type ScoringContext } from './scoring-context';

/** One aside as the transcript shows it: where it began, the agent's replies, how it ended. */
export interface AsideSpan {
  kind: AsideKind;
  start: number;
  /** Agent turns from the first reply to the one that handled it (or to the end of its span). */
  replies: TranscriptTurn[];
  handled: boolean;
  hungUp: boolean;
  /** Customer turns after the start, within the span and beyond it, in order. */
  customerTurnsAfter: TranscriptTurn[];
}

const has = (turn: TranscriptTurn, type: string) => turn.events.some((e) => e.type === type);

/** Finds every aside of the call and the agent turns that answered it. */
export function asideSpans(context: ScoringContext): AsideSpan[] {
  const { turns } = context;
  const spans: AsideSpan[] = [];
  turns.forEach((turn, index) => {
    for (const event of turn.events) {
      if (event.type !== 'aside_started') continue;
      const replies: TranscriptTurn[] = [];
      let handled = false;
      let hungUp = false;
      for (const later of turns.slice(index + 1)) {
        if (later.speaker === 'agent') replies.push(later);
        if (has(later, 'hang_up'))
          hungUp = later.events.some((e) => e.type === 'hang_up' && e.by === 'customer');
        if (has(later, 'aside_handled')) {
          handled = true;
          break;
        }
        if (has(later, 'aside_started') || hungUp) break;
      }
      spans.push({
        kind: event.aside,
        start: index,
        replies,
        handled,
        hungUp,
        customerTurnsAfter: turns.slice(index + 1).filter((t) => t.speaker === 'customer'),
      });
    }
  });
  return spans;
}

// Answers the trade accepts beyond the customer's own: asking for non-public proof is the
// procedure against a data request; a DESC limit answers abuse (DOMAIN.md §3–§4).
const ALSO_FITTING: Partial<Record<AsideKind, string[]>> = {
  social_engineering: ['verify_identity'],
  outburst: ['set_limit'],
};
const WRECKING = new Set(['blame', 'ownership_refusal', 'insult', 'banned_phrase', 'tutoiement']);

/** True when an agent line answers the aside the way the trade teaches. */
export function answersAside(kind: AsideKind, reply: TranscriptTurn): boolean {
  if (isAsideHandled(kind, reply)) return true;
  if (reply.flags.some((flag) => WRECKING.has(flag.id))) return false;
  const moves = movesOf(reply);
  return (ALSO_FITTING[kind] ?? []).some((move) => moves.has(move));
}

/** Agent turns until the aside was answered the trade's way (or the customer let it go); null: never. */
export function turnsToReturn(span: AsideSpan): number | null {
  const first = span.replies.findIndex((reply) => answersAside(span.kind, reply));
  if (first >= 0) return first + 1;
  return span.handled ? span.replies.length : null;
}
