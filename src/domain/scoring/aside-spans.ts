import { isAsideHandled } from '../customer/aside-policy';
import type { AsideKind } from '../customer/customer.types';
import type { TranscriptTurn } from '../session/session.types';
import { promisesCallback } from '../language/tone-spoken';
import { wordsAnswer } from './aside-answers';
import { movesOf, type ScoringContext } from './scoring-context';

/** One aside as the transcript shows it: where it began, the agent's replies, how it ended. */
export interface AsideSpan {
  kind: AsideKind;
  start: number;
  /** Agent turns from the first reply to the one that handled it (or to the end of its span). */
  replies: TranscriptTurn[];
  handled: boolean;
  hungUp: boolean;
  /** The agent ended the call inside the aside: hung up, transferred, or left the call. */
  agentEnded: 'hang_up' | 'transfer' | 'abandon' | null;
  /** Customer turns after the start, within the span and beyond it, in order. */
  customerTurnsAfter: TranscriptTurn[];
}

const has = (turn: TranscriptTurn, type: string) => turn.events.some((e) => e.type === type);

/** Finds every aside of the call and the agent turns that answered it. */
export function asideSpans(context: ScoringContext): AsideSpan[] {
  const { turns } = context;
  // Leaving the call (abandon) with an aside still open leaves the caller unanswered: the agent
  // ended the call on it as surely as by hanging up (« je veux votre responsable », then nothing).
  const abandoned = context.session.outcome?.reason === 'abandoned';
  const spans: AsideSpan[] = [];
  turns.forEach((turn, index) => {
    for (const event of turn.events) {
      if (event.type !== 'aside_started') continue;
      const replies: TranscriptTurn[] = [];
      let handled = false;
      let hungUp = false;
      let agentEnded: AsideSpan['agentEnded'] = null;
      for (const later of turns.slice(index + 1)) {
        if (later.speaker === 'agent') replies.push(later);
        for (const e of later.events) {
          if (e.type === 'transfer') agentEnded = 'transfer';
          if (e.type === 'hang_up' && e.by === 'agent') agentEnded = 'hang_up';
        }
        if (agentEnded) break;
        if (has(later, 'hang_up'))
          hungUp = later.events.some((e) => e.type === 'hang_up' && e.by === 'customer');
        if (has(later, 'aside_handled')) {
          handled = true;
          break;
        }
        if (has(later, 'aside_started') || hungUp) break;
      }
      const open = !handled && !hungUp && agentEnded === null;
      const lastOfCall = !turns.slice(index + 1).some((later) => has(later, 'aside_started'));
      if (abandoned && open && lastOfCall) agentEnded = 'abandon';
      spans.push({
        kind: event.aside,
        start: index,
        replies,
        handled,
        hungUp,
        agentEnded,
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
export function answersAside(kind: AsideKind, reply: TranscriptTurn, lang: 'fr' | 'en'): boolean {
  if (reply.flags.some((flag) => WRECKING.has(flag.id) && !ownedNotKnowing(reply, lang)))
    return false;
  if (wordsAnswer(kind, reply.text, lang)) return true;
  const moves = movesOf(reply);
  // A closed question steers past a digression; it does not answer it.
  if (kind === 'off_topic' && [...moves].every((move) => CLOSED_ONLY.has(move))) return false;
  // « Vous parlez trop vite », « je ne comprends pas »: going on with the next thing to explain
  // (the ear's `explain`) is not slowing down; saying it again in other words is.
  if (SAID_AGAIN_ASIDES.has(kind)) return moves.has('reformulate') || moves.has('recap');
  if (isAsideHandled(kind, reply)) return true;
  return (ALSO_FITTING[kind] ?? []).some((move) => moves.has(move));
}

const CLOSED_ONLY = new Set(['probe_closed', 'verify_identity', 'thank']);
const SAID_AGAIN_ASIDES = new Set<AsideKind>(['repeat_request', 'misunderstanding']);

/** « Je ne sais pas, je vérifie et je vous rappelle avant 17 h » owns the gap: not a fault. */
export function ownedNotKnowing(reply: TranscriptTurn, lang: 'fr' | 'en'): boolean {
  return promisesCallback(reply.text, lang);
}

/** Agent turns until the aside was answered the trade's way (or the customer let it go); null: never. */
export function turnsToReturn(span: AsideSpan, lang: 'fr' | 'en'): number | null {
  const first = span.replies.findIndex((reply) => answersAside(span.kind, reply, lang));
  if (first >= 0) return first + 1;
  return span.handled ? span.replies.length : null;
}
