import type { AgentStep } from '../script/script-schema';
import { reachableFrom, successors } from '../script/script-walk';
import type { TranscriptTurn } from '../session/session.types';
import {
  exemplaryLine,
  movesOf,
  ruleLineInPlace,
  type FindingDraft,
  type ScoringContext,
} from './scoring-context';

/** Splits `total` into `parts` whole numbers that differ by at most one and sum to `total`. */
export function integerShares(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  const extra = total - base * parts;
  return Array.from({ length: parts }, (_, index) => base + (index < extra ? 1 : 0));
}

/** The first agent turn that covers a step: spoken at it with one of its moves, or making half its moves anywhere. */
function coveringTurn(
  context: ScoringContext,
  step: AgentStep,
  after: number,
): TranscriptTurn | undefined {
  const makes = (turn: TranscriptTurn) => step.expectedMoves.filter((m) => movesOf(turn).has(m));
  const covers = (turn: TranscriptTurn) =>
    (turn.step === step.id && makes(turn).length > 0) ||
    makes(turn).length * 2 >= step.expectedMoves.length;
  // Prefer a turn after the previous step's: an early line that happens to share a move with a
  // later step is not that step done out of order.
  return (
    context.agentTurns.find((turn) => turn.index > after && covers(turn)) ??
    context.agentTurns.find(covers)
  );
}

/**
 * The mandatory steps this call owed. A call the script ended owed the steps it passed and those
 * on every path to the outcome it reached: a refusal for security never passes the other
 * branch's conclusion, a « non merci » at the opening never reaches the sales pitch, so those
 * are not "missed". A call cut short (hang-up, abandon) owed them all. Compliance steps too.
 */
export function owedSteps<S extends { id: string }>(
  context: ScoringContext,
  steps: readonly S[],
): S[] {
  const { script, session, turns } = context;
  const next = successors(script);
  // A call opened mid-script (the studio's test bench) never owed the steps behind it: only
  // those it could still reach from where it opened.
  const opened = session.opening?.stepId;
  const ahead = opened === undefined ? null : reachableFrom(opened, next);
  const candidates = ahead ? steps.filter((step) => ahead.has(step.id)) : steps;
  const outcome = session.outcome;
  const start = opened ?? script.steps.find((step) => step.start === true)?.id;
  if (outcome?.reason !== 'script' || start === undefined) return [...candidates];
  const ends = script.steps
    .filter((step) => step.kind === 'outcome' && step.code === outcome.code)
    .map((step) => step.id);
  const visited = new Set(turns.map((turn) => turn.step));
  const onEveryPath = (id: string) => {
    if (id === start) return true;
    const around = reachableFrom(start, next, (stepId) => stepId === id);
    return !ends.some((end) => around.has(end));
  };
  return candidates.filter((step) => visited.has(step.id) || onEveryPath(step.id));
}

export interface AdherenceFacts {
  mandatory: number;
  covered: number;
  inOrder: boolean;
}

/** Mandatory steps covered and in order, and prompter uses (issue 6 §1, DESIGN.md §1). */
export function adherenceDrafts(context: ScoringContext): {
  drafts: FindingDraft[];
  facts: AdherenceFacts;
} {
  const { script, agentTurns, turns, lang } = context;
  const mandatory = owedSteps(
    context,
    script.steps.filter(
      (step): step is AgentStep => step.kind === 'agent' && step.mandatory === true,
    ),
  );
  const drafts: FindingDraft[] = [];
  const last = agentTurns.at(-1);
  const shares = mandatory.length > 0 ? integerShares(100, mandatory.length) : [];
  let covered = 0;
  let inOrder = true;
  let previous = -1;
  mandatory.forEach((step, index) => {
    const turn = coveringTurn(context, step, previous);
    if (!turn) {
      // Noted where it was owed: the agent's line at that step; else, for the call's last
      // mandatory step (the conclusion), the line the call ended on; else where the call went on
      // without it (a conclusion is never pinned on a mid-call line).
      const atStep = agentTurns.find((t) => t.index > previous && t.step === step.id);
      const finalStep = index === mandatory.length - 1;
      const after =
        atStep ?? (finalStep ? last : agentTurns.find((t) => t.index > previous)) ?? last;
      if (after) {
        drafts.push({
          rule: 'mandatory_step_missed',
          turn: after.index,
          quote: after.text,
          detail: `${lang === 'fr' ? 'Étape obligatoire manquée : «' : 'Mandatory step missed: "'} ${step.title} ${lang === 'fr' ? '»' : '"'} (${step.goal})`,
          better: step.lines[0]?.text ?? step.goal,
          points: -(shares[index] ?? 0),
        });
      }
      return;
    }
    covered += 1;
    if (turn.index < previous) {
      inOrder = false;
      drafts.push({
        rule: 'step_out_of_order',
        turn: turn.index,
        quote: turn.text,
        detail: `« ${step.title} »`,
        // What was in place at that turn is the step the call was at: the early step's own line
        // said there again would skip what comes first (a solution before the verification).
        better: exemplaryLine(context, turn) ?? ruleLineInPlace(context, turn, 'step_out_of_order'),
      });
    }
    previous = Math.max(previous, turn.index);
  });
  for (const turn of turns) {
    if (!turn.events.some((event) => event.type === 'prompter_used')) continue;
    const prompted = agentTurns.find((t) => t.index > turn.index) ?? last;
    if (!prompted) continue;
    const step = context.agentStep(turn.step);
    drafts.push({
      rule: 'prompter_used',
      turn: prompted.index,
      quote: prompted.text,
      better: step?.lines[0]?.text ?? prompted.text,
    });
  }
  return { drafts, facts: { mandatory: mandatory.length, covered, inOrder } };
}
