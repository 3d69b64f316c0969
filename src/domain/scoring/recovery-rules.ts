import { isAsideHandled } from '../customer/aside-policy';
import type { AsideKind } from '../customer/customer.types';
import type { TranscriptTurn } from '../session/session.types';
import { ASIDE_BETTER_LINES, ASIDE_LABELS } from './aside-words';
import { countedFaults } from './brand-tone-rules';
import { givesSomething } from './compliance-rules';
import type { ScoringRuleId } from './rubric-schema';
import { movesOf, type FindingDraft, type ScoringContext } from './scoring-context';

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

const EMOTIONAL = new Set<AsideKind>([
  'outburst',
  'manager_demand',
  'repeat_caller',
  'legal_threat',
]);

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

function firstReplyDraft(context: ScoringContext, span: AsideSpan, reply: TranscriptTurn) {
  if (answersAside(span.kind, reply)) return null;
  const moves = movesOf(reply);
  const justifies = EMOTIONAL.has(span.kind) && moves.has('explain') && !moves.has('empathise');
  const label = ASIDE_LABELS[context.lang][span.kind];
  const rule: ScoringRuleId = justifies ? 'justifying' : 'aside_ignored';
  return {
    rule,
    turn: reply.index,
    quote: reply.text,
    detail: context.lang === 'fr' ? `Réponse à ${label}` : `Answer to ${label}`,
    better: ASIDE_BETTER_LINES[context.lang][span.kind],
  } satisfies FindingDraft;
}

function mistakeDrafts(context: ScoringContext, span: AsideSpan): FindingDraft[] {
  const { rubric, lang } = context;
  const label = ASIDE_LABELS[lang][span.kind];
  const multiplier = rubric.thresholds.recoveryMultiplier;
  return span.replies.flatMap((reply) => {
    const faults = [
      ...countedFaults(context, reply),
      ...reply.flags.filter((f) => f.id === 'insult'),
    ];
    return faults.map((flag) => {
      const base =
        flag.id === 'insult'
          ? rubric.rules.recovery_mistake.points
          : rubric.rules[flag.id as ScoringRuleId].points * multiplier;
      return {
        rule: 'recovery_mistake' as const,
        turn: reply.index,
        quote: flag.text,
        detail:
          lang === 'fr' ? `« ${flag.text} » pendant ${label}` : `"${flag.text}" during ${label}`,
        better: flag.suggestion ?? ASIDE_BETTER_LINES[lang][span.kind],
        points: Math.min(base, rubric.rules.recovery_mistake.points),
      };
    });
  });
}

function calmDraft(context: ScoringContext, span: AsideSpan): FindingDraft | null {
  const { calmIrritation, calmWithinTurns } = context.rubric.thresholds;
  const startMood = context.turns[span.start]?.mood.irritation ?? 0;
  if (startMood < calmIrritation || span.hungUp) return null;
  const window = span.customerTurnsAfter.slice(0, calmWithinTurns);
  const last = window.at(-1);
  if (!last || window.some((turn) => turn.mood.irritation < calmIrritation)) return null;
  const reply = [...context.agentTurns].reverse().find((turn) => turn.index < last.index);
  if (!reply || reply.index < span.start) return null;
  const irritation = Math.round(last.mood.irritation);
  return {
    rule: 'irritation_stays_high',
    turn: reply.index,
    quote: reply.text,
    detail:
      context.lang === 'fr'
        ? `Irritation encore à ${irritation}/100 après ${window.length} tours`
        : `Irritation still at ${irritation}/100 after ${window.length} turns`,
    better: ASIDE_BETTER_LINES[context.lang][span.kind],
  };
}

/** Agent turns until the aside was answered the trade's way (or the customer let it go); null: never. */
export function turnsToReturn(span: AsideSpan): number | null {
  const first = span.replies.findIndex((reply) => answersAside(span.kind, reply));
  if (first >= 0) return first + 1;
  return span.handled ? span.replies.length : null;
}

// A caller with a hidden intent keeps fishing after the customer "lets go" of one attempt: what
// the agent gives until the next aside still answers this one.
function fishedTurns(context: ScoringContext, span: AsideSpan): TranscriptTurn[] {
  if (!context.session.config.persona.hiddenIntent) return span.replies;
  const next = context.turns.find(
    (turn) => turn.index > span.start && turn.events.some((e) => e.type === 'aside_started'),
  );
  return context.agentTurns.filter(
    (turn) => turn.index > span.start && (next === undefined || turn.index < next.index),
  );
}

/** The recovery notes of one aside, before its share of the score is applied. */
export function recoveryDrafts(context: ScoringContext, span: AsideSpan): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  const first = span.replies[0];
  const better = ASIDE_BETTER_LINES[context.lang][span.kind];
  const fr = context.lang === 'fr';
  if (first) {
    const draft = firstReplyDraft(context, span, first);
    if (draft) drafts.push(draft);
  }
  drafts.push(...mistakeDrafts(context, span));
  const gaveIn =
    span.kind === 'social_engineering'
      ? fishedTurns(context, span).find((reply) => givesSomething(reply))
      : undefined;

  if (gaveIn) {
    drafts.push({ rule: 'gave_in', turn: gaveIn.index, quote: gaveIn.text, better });
  }
  const last = span.replies.at(-1);
  const limit = context.rubric.thresholds.returnWithinTurns;
  const turns = turnsToReturn(span);
  const back = turns === null ? undefined : span.replies[turns - 1];
  if (turns !== null && back && turns > limit) {
    const extra = turns - limit;
    drafts.push({
      rule: 'slow_return',
      turn: back.index,
      quote: back.text,
      detail: fr
        ? `${turns} tours pour revenir au fil de l’appel`
        : `${turns} turns to get back on track`,
      better,
      points: context.rubric.rules.slow_return.points * extra,
    });
  }
  const provoker = [...context.agentTurns].reverse().find((turn) => turn.index < span.start);
  const anchor = last ?? provoker;
  if (span.hungUp && anchor) {
    drafts.push({ rule: 'call_lost', turn: anchor.index, quote: anchor.text, better });
  } else if (turns === null && last) {
    drafts.push({ rule: 'never_back_on_track', turn: last.index, quote: last.text, better });
  }
  const calm = calmDraft(context, span);
  if (calm) drafts.push(calm);
  return drafts;
}
