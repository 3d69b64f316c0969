import { fillPlaceholders } from '../customer/customer-lines';
import type { AgentTurnReading } from '../customer/customer.types';
import { movesSaid } from '../language/move-detect';
import type { MoveId } from '../moves/move-catalogue';
import type { Persona } from '../script/persona-schema';
import { accountWords } from '../scoring/account-words';
import type { AgentStep, Script } from '../script/script-schema';
import type { SessionState } from './session.types';

/** What the call has achieved so far, beyond the script's position. */
export interface CallProgress {
  /** The agent step the moves below were made at. */
  step: string | null;
  /** Moves the agent made at that step, over one or several lines. */
  moves: MoveId[];
  /** Agent lines in a row the customer could make nothing of. */
  misunderstood: number;
  /** The agent asked for proof of identity at some point. */
  identityAsked: boolean;
  /** The customer gave proof that matches the file, after being asked. */
  identityVerified: boolean;
}

export const NO_PROGRESS: CallProgress = {
  step: null,
  moves: [],
  misunderstood: 0,
  identityAsked: false,
  identityVerified: false,
};

/** Sessions saved before progress was tracked have none: they start from nothing. */
export function progressOf(state: SessionState): CallProgress {
  return state.progress ?? NO_PROGRESS;
}

/**
 * A step's goal is met when the agent made at least half of its expected moves (at least one),
 * over the lines said at that step: agents split a step across lines, and the ear may miss a
 * move in a long line, but a line that does none of it never moves the call on.
 */
export function stepGoalMet(step: AgentStep, moves: readonly string[]): boolean {
  const made = new Set(moves);
  // A step that asks for proof of identity is met only once it was asked: the customer's next
  // step answers that question (« LU-7042-1563, et 34,99 euros »), which an explanation or a
  // promise alone never asked for.
  if (step.expectedMoves.includes('verify_identity') && !made.has('verify_identity')) return false;
  const covered = step.expectedMoves.filter((move) => made.has(move)).length;
  return covered >= Math.max(1, Math.ceil(step.expectedMoves.length / 2));
}

/** The moves made at `step` so far, this line's included. */
export function movesAtStep(
  progress: CallProgress,
  step: AgentStep,
  reading: AgentTurnReading,
): MoveId[] {
  const before = progress.step === step.id ? progress.moves : [];
  return [...new Set([...before, ...movesSaid(reading.moves)])];
}

/**
 * The step's exemplary lines as hints to the ear, for each expected move: a line close to the
 * author's own is taken to do what the author's does (the read-through relies on it).
 */
export function stepHints(step: AgentStep | null, persona: Persona) {
  if (step?.kind !== 'agent' || step.lines.length === 0) return undefined;
  const examples = step.lines.map((line) => fillPlaceholders(line.text, persona));
  return {
    examples: Object.fromEntries(step.expectedMoves.map((move) => [move, examples])),
  };
}

/** True when the script asks for identity to be checked before account data is touched. */
export function needsIdentityCheck(script: Script): boolean {
  return (
    script.requires.identityVerification ||
    script.steps.some((step) => step.compliance?.includes('identity_verification'))
  );
}

const GIVING_MOVES = new Set(['commit', 'propose', 'explain', 'recap']);

/**
 * True when the line acts on the account or gives its data while identity is unchecked — at a
 * step that discloses, or skipping ahead to do what one does: the breach belongs to this turn.
 */
export function changesUnverified(
  script: Script,
  step: AgentStep | null,
  reading: AgentTurnReading,
  progress: CallProgress,
  advanced: boolean,
): boolean {
  if (progress.identityVerified || !needsIdentityCheck(script)) return false;
  const moves = reading.moves.map((move) => move.id);
  // Refusing is never a breach; nor is asking for proof — unless the same line also acts
  // (« I've recorded your new address … I'm sending a code »): the change is made all the same.
  if (moves.includes('refuse_politely')) return false;
  // Acting, not promising: « je m'en occupe, pouvez-vous me donner … » changes nothing; « I've
  // recorded 22 Chandos Road as your new address » does, whatever moves the ear heard in it.
  const acts = moves.includes('commit') && accountWords(reading.text, script.language) !== null;
  const verifiesAndActs = moves.includes('verify_identity') && acts;
  if (moves.includes('verify_identity') && !verifiesAndActs) return false;
  if (verifiesAndActs) return true;
  if (!moves.some((move) => GIVING_MOVES.has(move))) return false;
  if (step?.discloses === true) return true;
  // Doing the step the script is at is following the script, not skipping ahead.
  if (advanced) return false;
  return script.steps.some(
    (other) => other.kind === 'agent' && other.discloses === true && doesStep(other, moves),
  );
}

/** True when the line does what one of the script's disclosing steps does (see doesStep). */
export function doesDisclosingStep(script: Script, reading: AgentTurnReading): boolean {
  const moves = reading.moves.map((move) => move.id);
  return script.steps.some(
    (step) => step.kind === 'agent' && step.discloses === true && doesStep(step, moves),
  );
}

// Doing what a disclosing step does, skipped ahead to: half its moves and at least two (all of
// a one-move step), one of them giving something — a bare promise is not a change.
function doesStep(step: AgentStep, moves: readonly string[]): boolean {
  const made = step.expectedMoves.filter((move) => moves.includes(move));
  const needed = Math.min(
    step.expectedMoves.length,
    Math.max(2, Math.ceil(step.expectedMoves.length / 2)),
  );
  return made.some((move) => GIVING_MOVES.has(move)) && made.length >= needed;
}

// Severe tone faults make a step badly handled even when its expected moves are there.
const SEVERE_FLAGS = new Set([
  'insult',
  'blame',
  'ownership_refusal',
  'tutoiement',
  'false_promise',
]);

/** How well an agent line performs its step, 0–1: expected moves made, minus severe faults. */
export function stepHandling(step: AgentStep, reading: AgentTurnReading): number {
  const made = new Set<string>(movesSaid(reading.moves));
  const covered = step.expectedMoves.filter((move) => made.has(move)).length;
  const severe = reading.flags.filter((flag) => SEVERE_FLAGS.has(flag.id)).length;
  return Math.max(0, Math.min(1, covered / step.expectedMoves.length - 0.3 * severe));
}
