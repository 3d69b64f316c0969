import type { AsideKind } from '../customer/customer.types';
import type { TranscriptTurn } from '../session/session.types';
import { answersAside, turnsToReturn, type AsideSpan } from './aside-spans';
import { asideBetter } from './aside-better';
import { ASIDE_LABELS } from './aside-words';
import { countedFaults, curtFaults, hinted } from './brand-tone-rules';
import { givenAway, verifiedAt } from './compliance-rules';
import type { ScoringRuleId } from './rubric-schema';
import { CRITERION_START } from './score-card.types';
import { fold, movesOf, type FindingDraft, type ScoringContext } from './scoring-context';

const EMOTIONAL = new Set<AsideKind>([
  'outburst',
  'manager_demand',
  'repeat_caller',
  'legal_threat',
]);

function firstReplyDraft(context: ScoringContext, span: AsideSpan, reply: TranscriptTurn) {
  if (answersAside(span.kind, reply, context.lang)) return null;
  const moves = movesOf(reply);
  const justifies = EMOTIONAL.has(span.kind) && moves.has('explain') && !moves.has('empathise');
  const label = ASIDE_LABELS[context.lang][span.kind];
  const rule: ScoringRuleId = justifies ? 'justifying' : 'aside_ignored';
  return {
    rule,
    turn: reply.index,
    quote: reply.text,
    detail: context.lang === 'fr' ? `Réponse à ${label}` : `Answer to ${label}`,
    better: asideBetter(context, span.kind, reply),
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
    // Curt words (« Allô ? Vous êtes là ? ») cost a recovery as the ear's faults do.
    const curt = curtFaults(context, reply).map((text) => ({
      id: 'curt_tone',
      text,
      suggestion: undefined,
    }));
    return [...faults, ...curt].map((flag) => {
      const base =
        flag.id === 'insult'
          ? rubric.rules.recovery_mistake.points
          : rubric.rules[flag.id as ScoringRuleId].points * multiplier;
      return {
        rule: 'recovery_mistake' as const,
        turn: reply.index,
        quote: flag.text,
        detail: `${hinted(flag.text, flag.suggestion)} ${lang === 'fr' ? 'pendant' : 'during'} ${label}`,
        better: asideBetter(context, span.kind, reply),
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
        ? `Irritation encore à ${irritation}/100 après ${window.length} tour${window.length > 1 ? 's' : ''}`
        : `Irritation still at ${irritation}/100 after ${window.length} turn${window.length > 1 ? 's' : ''}`,
    better: asideBetter(context, span.kind, reply),
  };
}

// A caller who keeps fishing after "letting go" of one attempt is still answered: what the agent
// gives away until the next aside (or the end) counts for this attempt, whoever the caller is.
function fishedTurns(context: ScoringContext, span: AsideSpan): TranscriptTurn[] {
  const next = context.turns.find(
    (turn) => turn.index > span.start && turn.events.some((e) => e.type === 'aside_started'),
  );
  return context.agentTurns.filter(
    (turn) => turn.index > span.start && (next === undefined || turn.index < next.index),
  );
}

// Warm: in the agent's last lines before the transfer, since the aside it answers began, the
// caller was asked (a question) and the colleague was briefed (a line that names the caller to
// them). Lines said before the caller asked for someone else prepare no handover.
function warmTransfer(context: ScoringContext, span: AsideSpan, transfer: TranscriptTurn) {
  const name = fold(context.session.config.persona.factSheet.lastName);
  const lastLines = context.agentTurns
    .filter((turn) => turn.index > span.start && turn.index < transfer.index)
    .slice(-3);
  const asked = lastLines.some((reply) => reply.text.trim().includes('?'));
  const briefed = lastLines.some(
    (reply) => fold(reply.text).includes(name) && !reply.text.trim().endsWith('?'),
  );
  return asked && briefed;
}

// The transfer that answers this aside: the call's transfer, with no other aside begun between.
function transferOf(context: ScoringContext, span: AsideSpan): TranscriptTurn | undefined {
  const later = context.turns.filter((turn) => turn.index > span.start);
  const transfer = later.find((turn) => turn.events.some((event) => event.type === 'transfer'));
  if (!transfer) return undefined;
  const other = later.some(
    (turn) =>
      turn.index < transfer.index && turn.events.some((event) => event.type === 'aside_started'),
  );
  return other ? undefined : transfer;
}

/** The recovery notes of one aside, before its share of the score is applied. */
export function recoveryDrafts(context: ScoringContext, span: AsideSpan): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  const first = span.replies[0];
  const betterAt = (turn: TranscriptTurn) => asideBetter(context, span.kind, turn);
  const fr = context.lang === 'fr';
  if (first) {
    const draft = firstReplyDraft(context, span, first);
    if (draft) drafts.push(draft);
  }
  drafts.push(...mistakeDrafts(context, span));
  // Giving in is giving account data before identity was proven (after it, it is the service).
  const verified = verifiedAt(context) ?? Infinity;
  const gaveIn =
    span.kind === 'social_engineering'
      ? fishedTurns(context, span).find(
          (reply) => reply.index < verified && givenAway(context, reply) !== null,
        )
      : undefined;

  if (gaveIn) {
    drafts.push({
      rule: 'gave_in',
      turn: gaveIn.index,
      quote: gaveIn.text,
      better: betterAt(gaveIn),
    });
  }
  const last = span.replies.at(-1);
  const limit = context.rubric.thresholds.returnWithinTurns;
  const turns = turnsToReturn(span, context.lang);
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
      better: betterAt(back),
      points: context.rubric.rules.slow_return.points * extra,
    });
  }
  const provoker = [...context.agentTurns].reverse().find((turn) => turn.index < span.start);
  const anchor = last ?? provoker;
  const outcome = context.session.outcome;
  const hungUpOnCaller =
    span.agentEnded === 'abandon' ||
    (span.agentEnded === 'hang_up' && !(outcome?.code === 'agent_hung_up' && outcome.success));
  // The agent hanging up on the caller, later in the call, loses every aside's caller too: what
  // was recovered before is thrown away (a call cut short never recovers better than in full).
  const droppedLater = outcome?.code === 'agent_hung_up' && !outcome.success;
  if (droppedLater && !span.hungUp && anchor) {
    drafts.push({
      rule: 'call_lost',
      turn: anchor.index,
      quote: anchor.text,
      detail: fr
        ? 'L’agent a raccroché plus tard dans l’appel'
        : 'The agent hung up later in the call',
      better: betterAt(anchor),
      points: -CRITERION_START.recovery,
    });
  } else if ((span.hungUp || hungUpOnCaller) && anchor) {
    drafts.push({
      rule: 'call_lost',
      turn: anchor.index,
      quote: anchor.text,
      better: betterAt(anchor),
    });
  } else if (turns === null && last) {
    drafts.push({
      rule: 'never_back_on_track',
      turn: last.index,
      quote: last.text,
      better: betterAt(last),
    });
  }
  const transfer = transferOf(context, span);
  if (transfer && !warmTransfer(context, span, transfer)) {
    const before = [...context.agentTurns].reverse().find((turn) => turn.index < transfer.index);
    if (before) drafts.push({ rule: 'cold_transfer', turn: before.index, quote: before.text });
  }
  const calm = calmDraft(context, span);
  if (calm) drafts.push(calm);
  return drafts;
}
