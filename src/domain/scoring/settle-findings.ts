import type { Criterion } from './criteria';
import type { ScoreFinding } from './score-card.types';
import { fillAgentLine, type FindingDraft, type ScoringContext } from './scoring-context';

// One card per fault (issue 13 item 6): a repeat that no longer takes points (the rule's cap is
// reached, or the criterion is already at its floor) is counted on the rule's first card.
const REPEATED = {
  fr: (times: number) => ` (× ${times} : les répétitions suivantes ne retirent plus de points)`,
  en: (times: number) => ` (× ${times}: the later repeats take no more points)`,
};

/**
 * Turns drafts into findings: deductions first, then bonuses (so a good line recovers points
 * wherever it falls in the call), each clamped to stay within [floor, ceiling]; shown in turn order.
 * Bonuses earn back at most half of what the faults cost, so a bonus never hides a fault and a
 * fault always lowers the score.
 */
export function settleFindings(
  context: ScoringContext,
  criterion: Criterion,
  drafts: readonly FindingDraft[],
  bounds: { start: number; floor: number; ceiling: number; scale?: number },
  counts: Map<string, number> = new Map(),
): { score: number; findings: ScoreFinding[] } {
  const rawOf = (draft: FindingDraft) => draft.points ?? context.rubric.rules[draft.rule].points;
  const ordered = [...drafts].sort(
    (a, b) => Number(rawOf(a) >= 0) - Number(rawOf(b) >= 0) || a.turn - b.turn,
  );
  let score = bounds.start;
  let deducted = 0;
  let earned = 0;
  const findings: ScoreFinding[] = [];
  const repeats = new Map<ScoreFinding, number>();
  for (const draft of ordered) {
    const rule = context.rubric.rules[draft.rule];
    const seen = (counts.get(draft.rule) ?? 0) + 1;
    counts.set(draft.rule, seen);
    const overCap = rule.maxPerCall !== undefined && seen > rule.maxPerCall;
    const scaled = overCap ? 0 : Math.round((draft.points ?? rule.points) * (bounds.scale ?? 1));
    const raw = scaled > 0 ? Math.min(scaled, Math.floor(deducted / 2) - earned) : scaled;
    const next = Math.min(bounds.ceiling, Math.max(bounds.floor, score + raw));
    const points = next - score;
    score = next;
    if (points < 0) deducted -= points;
    else earned += points;
    // A bonus that the ceiling or its cap swallows is no news; a deduction worth nothing more is
    // a repeat of its rule's card. Only a compliance breach is always its own card: each breach
    // is pinned on the turn where it happened, even when the first already failed the call.
    const bonus = (draft.points ?? rule.points) > 0;
    if (points === 0 && (bonus || (raw === 0 && !overCap))) continue;
    if (points === 0 && criterion !== 'compliance') {
      const first = findings.find((finding) => finding.rule === draft.rule);
      if (first) repeats.set(first, (repeats.get(first) ?? 1) + 1);
      continue;
    }
    const description = rule.description[context.lang];
    const why = `${draft.detail ? `${draft.detail} — ` : ''}${description}`;
    findings.push({
      rule: draft.rule,
      criterion,
      turn: draft.turn,
      quote: draft.quote,
      why,
      // Exemplary lines carry slots: filled for this agent and customer, as the stage shows them.
      better: fillAgentLine(context, draft.better ?? rule.better[context.lang]),
      points,
    });
  }
  for (const [finding, times] of repeats) finding.why += REPEATED[context.lang](times);
  return { score, findings: findings.sort((a, b) => a.turn - b.turn) };
}
