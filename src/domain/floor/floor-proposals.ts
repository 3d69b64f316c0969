import { hashSeed } from '../random/seeded-random';
import { DERAILMENTS } from '../script/derailments';
import { freeId, usedIds } from '../script/edit/step-ids';
import { updateStep } from '../script/edit/step-edits';
import type { CustomerStep, Script } from '../script/script-schema';
import type { FloorMining, LineEvidence, UnhandledReaction } from './mine-floor';

/** « Ajouter cette réplique comme exemple du geste attendu ». */
export interface ExampleLineProposal {
  kind: 'example-line';
  /** Stable across minings of the same sessions: what a dismissal remembers. */
  id: string;
  stepId: string;
  text: string;
  evidence: Pick<LineEvidence, 'sessions' | 'meanOutOf20' | 'bestOutOf20'>;
  /** 1 for the step where agents struggle most; null when nobody stumbled there. */
  struggleRank: number | null;
}

/** « Ajouter une branche pour cette réaction ». */
export interface ReactionBranchProposal {
  kind: 'reaction-branch';
  id: string;
  /** The customer step the new reaction goes on. */
  stepId: string;
  aside: Derailment;
  text: string;
  evidence: Pick<UnhandledReaction, 'sessions' | 'meanOutOf20'>;
}

export type FloorProposal = ExampleLineProposal | ReactionBranchProposal;

type Derailment = (typeof DERAILMENTS)[number];
const isDerailment = (aside: string): aside is Derailment =>
  (DERAILMENTS as readonly string[]).includes(aside);

const proposalId = (kind: string, stepId: string, text: string) =>
  `${kind}:${stepId}:${hashSeed(text).toString(36)}`;

/** The customer step a reaction heard at `stepId` belongs to: itself, or the one it leads to. */
function customerStepFor(script: Script, stepId: string): CustomerStep | null {
  const step = script.steps.find((s) => s.id === stepId);
  if (step?.kind === 'customer') return step;
  if (step?.kind !== 'agent') return null;
  for (const transition of step.transitions) {
    const next = script.steps.find((s) => s.id === transition.to);
    if (next?.kind === 'customer') return next;
  }
  return null;
}

/**
 * The mining as proposals, dismissed ones left out: the best line of each agent step (the steps
 * where agents struggle most first), then a branch per unhandled reaction (most sessions first).
 */
export function floorProposals(
  script: Script,
  mining: FloorMining,
  dismissed: ReadonlySet<string>,
): FloorProposal[] {
  const rank = new Map(mining.struggles.map((struggle, index) => [struggle.stepId, index + 1]));
  const firstPerStep = new Map<string, { id: string; line: LineEvidence }>();
  for (const line of mining.bestLines) {
    const id = proposalId('line', line.stepId, line.text);
    if (!firstPerStep.has(line.stepId) && !dismissed.has(id))
      firstPerStep.set(line.stepId, { id, line });
  }
  const lines = [...firstPerStep.values()]
    .map(({ id, line }): ExampleLineProposal => ({
      kind: 'example-line',
      id,
      stepId: line.stepId,
      text: line.text,
      evidence: {
        sessions: line.sessions,
        meanOutOf20: line.meanOutOf20,
        bestOutOf20: line.bestOutOf20,
      },
      struggleRank: rank.get(line.stepId) ?? null,
    }))
    .sort(
      (a, b) =>
        (a.struggleRank ?? Infinity) - (b.struggleRank ?? Infinity) ||
        b.evidence.meanOutOf20 - a.evidence.meanOutOf20 ||
        a.stepId.localeCompare(b.stepId),
    );
  const branches = mining.unhandled.flatMap((reaction): ReactionBranchProposal[] => {
    // Only the asides a reaction can be marked as (not « répétez », not a repeat caller).
    const { aside } = reaction;
    if (!isDerailment(aside)) return [];
    const step = customerStepFor(script, reaction.stepId);
    if (!step || step.reactions.some((r) => r.derailment === reaction.aside)) return [];
    const id = proposalId(`branch-${reaction.aside}`, step.id, reaction.text);
    if (dismissed.has(id)) return [];
    const { sessions, meanOutOf20 } = reaction;
    return [
      {
        kind: 'reaction-branch',
        id,
        stepId: step.id,
        aside,
        text: reaction.text,
        evidence: { sessions, meanOutOf20 },
      },
    ];
  });
  return [...lines, ...branches];
}

/** Accepting a line: one more exemplary line on the step, with a note saying where it came from. */
export function addExampleLine(script: Script, stepId: string, text: string, note: string): Script {
  const step = script.steps.find((s) => s.id === stepId);
  if (step?.kind !== 'agent') return script;
  const id = freeId(`${stepId}-terrain`, usedIds(script));
  return updateStep(script, stepId, { lines: [...step.lines, { id, text, note }] });
}

/**
 * Accepting a branch: a reaction with the customers' words, marked as the aside it is, leading
 * where an unforeseen reaction led until now (the « sinon »), else where the first branch goes.
 * The trainer then points it elsewhere if the call should handle it differently.
 */
export function addReactionBranch(
  script: Script,
  stepId: string,
  reaction: { aside: string; text: string; label: string },
): Script {
  const step = script.steps.find((s) => s.id === stepId);
  if (step?.kind !== 'customer' || !isDerailment(reaction.aside)) return script;
  const to = step.otherwise?.to ?? step.transitions[0]?.to;
  if (to === undefined) return script;
  const taken = usedIds(script);
  const reactionId = freeId(`terrain-${reaction.aside}`, taken);
  taken.add(reactionId);
  const lineId = freeId(`${reactionId}-1`, taken);
  taken.add(lineId);
  const transitionId = freeId(`${reactionId}-vers-${to}`, taken);
  return updateStep(script, stepId, {
    reactions: [
      ...step.reactions,
      {
        id: reactionId,
        label: reaction.label,
        lines: [{ id: lineId, text: reaction.text }],
        derailment: reaction.aside,
      },
    ],
    transitions: [...step.transitions, { id: transitionId, on: reactionId, to }],
  });
}
