import { isAsideHandled } from '../customer/aside-policy';
import type { AsideKind } from '../customer/customer.types';
import type { TranscriptTurn } from '../session/session.types';
import { ASIDE_BETTER_LINES, ASIDE_LABELS } from './aside-words';
import { countedFaults } from './brand-tone-rules';
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

function firstReplyDraft(context: ScoringContext, span: AsideSpan, reply: TranscriptTurn) {
  if (isAsideHandled(span.kind, reply)) return null;
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
  const last = span.replies.at(-1);
  const limit = context.rubric.thresholds.returnWithinTurns;
  if (span.handled && last && span.replies.length > limit) {
    const extra = span.replies.length - limit;
    drafts.push({
      rule: 'slow_return',
      turn: last.index,
      quote: last.text,
      detail: fr
        ? `${span.replies.length} tours pour revenir au fil de l’appel`
        : `${span.replies.length} turns to get back on track`,
      better,
      points: context.rubric.rules.slow_return.points * extra,
    });
  }
  const provoker = [...context.agentTurns].reverse().find((turn) => turn.index < span.start);
  const anchor = last ?? provoker;
  if (span.hungUp && anchor) {
    drafts.push({ rule: 'call_lost', turn: anchor.index, quote: anchor.text, better });
  } else if (!span.handled && last) {
    drafts.push({ rule: 'never_back_on_track', turn: last.index, quote: last.text, better });
  }
  const calm = calmDraft(context, span);
  if (calm) drafts.push(calm);
  return drafts;
}
