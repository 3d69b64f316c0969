import type { BrandGuide } from '../script/brand-guide-schema';
import type { SessionState } from '../session/session.types';
import { adherenceDrafts, integerShares } from './adherence-rules';
import { brandToneDrafts } from './brand-tone-rules';
import { complianceDrafts, VERIFIED_BEFORE_START, verifiedAt } from './compliance-rules';
import { floorDraft, hangUpToneDraft, unheardToneDraft } from './floor-rules';
import { holdDrafts } from './hold-rules';
import { asideSpans, turnsToReturn } from './aside-spans';
import { recoveryDrafts } from './recovery-rules';
import { rubricForScript } from './rubric-override';
import type { Rubric, RubricOverride } from './rubric-schema';
import {
  CRITERION_START,
  type AsideScore,
  type ScoreCard,
  type ScoreFinding,
} from './score-card.types';
import { scoringContext, type ScoringContext } from './scoring-context';
import { settleFindings } from './settle-findings';

function scoreRecovery(context: ScoringContext) {
  // An aside the call ended on by itself, with no reply, gave the agent no chance: not measured.
  // An aside the agent ended the call on (hang-up, transfer) was handled that way: it counts.
  const spans = asideSpans(context).filter(
    (span) => span.replies.length > 0 || span.hungUp || span.agentEnded !== null,
  );
  if (spans.length === 0) return { recovery: null, asides: [], findings: [] };
  // Each aside owns a whole-number share of the 100 points, so the findings still sum exactly.
  const shares = integerShares(CRITERION_START.recovery, spans.length);
  const counts = new Map<string, number>();
  const asides: AsideScore[] = [];
  const findings: ScoreFinding[] = [];
  let recovery = 0;
  spans.forEach((span, index) => {
    const share = shares[index] ?? 0;
    const settled = settleFindings(
      context,
      'recovery',
      recoveryDrafts(context, span),
      { start: share, floor: 0, ceiling: share, scale: share / CRITERION_START.recovery },
      counts,
    );
    recovery += settled.score;
    findings.push(...settled.findings);
    const rules = new Set(settled.findings.map((finding) => finding.rule));
    asides.push({
      kind: span.kind,
      turn: span.start,
      score: share === 0 ? 0 : Math.round((100 * settled.score) / share),
      acknowledged: !rules.has('aside_ignored') && !rules.has('justifying'),
      turnsToReturn: turnsToReturn(span, context.lang),
      calmedDown: !rules.has('irritation_stays_high'),
      callKept: !span.hungUp,
    });
  });
  // The shares sum to the criterion's start, so the findings of all asides add up to the score.
  return { recovery, asides, findings };
}

function overallOf(
  context: ScoringContext,
  card: Omit<ScoreCard, 'overall' | 'findings'>,
  notHeld: boolean,
) {
  const { rubric, lang } = context;
  if (!card.compliance.passed) {
    const band = rubric.nonCompliantGrade;
    return { score: 0, outOf20: 0, grade: band.grade, label: band.label[lang] };
  }
  const parts: [number, number][] = [
    [rubric.criteria.brandTone.weight, card.brandTone],
    [rubric.criteria.adherence.weight, card.adherence.score],
  ];
  if (card.recovery !== null) parts.push([rubric.criteria.recovery.weight, card.recovery]);
  const weight = parts.reduce((sum, [w]) => sum + w, 0);
  const bands = [...rubric.grades].sort((a, b) => b.min - a.min);
  const average = weight === 0 ? 0 : Math.round(parts.reduce((s, [w, v]) => s + w * v, 0) / weight);
  // A call not held (its finding says why) stays below the second-lowest band; one the agent
  // hung up on is the worst call there is (the trainer ranks it last): nothing.
  const hungUp =
    context.session.outcome?.code === 'agent_hung_up' && !context.session.outcome.success;
  const ceiling = hungUp ? 0 : notHeld ? Math.max(0, (bands.at(-2)?.min ?? 1) - 1) : 100;
  const score = Math.min(average, ceiling);
  const band = bands.find((b) => score >= b.min) ?? rubric.nonCompliantGrade;
  return { score, outOf20: Math.round(score * 2) / 10, grade: band.grade, label: band.label[lang] };
}

/** Scores a finished (or abandoned) session against a rubric: every point explained by a finding. */
export function scoreSession(
  session: SessionState,
  rubric: Rubric,
  brand: BrandGuide | null,
  override?: RubricOverride,
): ScoreCard {
  const resolved = rubricForScript(rubric, session.config.script.id, override);
  const context = scoringContext(session, resolved, brand);
  const full = { floor: 0, ceiling: 100 };
  const compliance = settleFindings(context, 'compliance', complianceDrafts(context), {
    ...full,
    start: CRITERION_START.compliance,
  });
  const brandTone = settleFindings(
    context,
    'brandTone',
    [
      ...brandToneDrafts(context),
      ...holdDrafts(context),
      ...[hangUpToneDraft(context) ?? []].flat(),
      ...[unheardToneDraft(context) ?? []].flat(),
    ],
    {
      ...full,
      start: CRITERION_START.brandTone,
    },
  );
  const adherence = adherenceDrafts(context);
  const floor = floorDraft(context);
  const adherenceScore = settleFindings(
    context,
    'adherence',
    [...adherence.drafts, ...(floor ? [floor] : [])],
    {
      ...full,
      start: CRITERION_START.adherence,
    },
  );
  const recovery = scoreRecovery(context);
  const breaches = compliance.findings.map(({ rule, turn, quote, why }) => ({
    rule,
    turn,
    quote,
    why,
  }));
  const card = {
    rubric: { id: resolved.id, version: resolved.version },
    language: context.lang,
    compliance: {
      passed: breaches.length === 0,
      score: compliance.score,
      breaches,
      // Said on the card: no verification turn, yet the proof counts (it was preset).
      ...(verifiedAt(context) === VERIFIED_BEFORE_START
        ? { identity: 'verified_before_start' as const }
        : {}),
    },
    brandTone: brandTone.score,
    recovery: recovery.recovery,
    asides: recovery.asides,
    adherence: {
      score: adherenceScore.score,
      mandatorySteps: adherence.facts.mandatory,
      covered: adherence.facts.covered,
      inOrder: adherence.facts.inOrder,
    },
    outcome: session.outcome
      ? {
          code: session.outcome.code,
          success: session.outcome.success,
          reason: session.outcome.reason,
        }
      : null,
    lengthInTurns: session.transcript.filter((turn) => turn.speaker !== 'system').length,
  };
  return {
    ...card,
    overall: overallOf(context, card, floor !== null || context.agentTurns.length === 0),
    findings: [
      ...compliance.findings,
      ...brandTone.findings,
      ...recovery.findings,
      ...adherenceScore.findings,
    ],
  };
}
