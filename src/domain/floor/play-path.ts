import { createRandom } from '../random/seeded-random';
import type { OutcomePath } from '../script/script-paths';
import { playHandling, type Handling } from '../session/handling-driver';
import { movesLine } from '../session/lecture-choices';
import type { SessionConfig, SessionDependencies, SessionState } from '../session/session.types';

/** What the agent says at each agent step of a path, from the move line bank. */
export interface PathLine {
  stepId: string;
  moves: readonly string[];
  text: string;
}

/** The agent's name in generated lines: a placeholder no real agent bears. */
const TEST_AGENT = { fr: 'Agent test', en: 'Test agent' } as const;
const testAgent = (persona: SessionConfig['persona']) =>
  TEST_AGENT[persona.language === 'en' ? 'en' : 'fr'];

/**
 * The agent's lines for one path: at each agent step, a line making the step's expected moves
 * and the move the path's branch needs (`onMove`), from the move line bank, so a path plays the
 * moves its branches ask for whatever the author wrote (or did not write) as example lines.
 */
export function pathLines(config: SessionConfig, path: OutcomePath): PathLine[] {
  const { script, persona, brand } = config;
  const random = createRandom(`path:${config.seed}:${path.outcomeId}`);
  const name = testAgent(persona);
  return path.stepIds.flatMap((stepId, index): PathLine[] => {
    const step = script.steps.find((s) => s.id === stepId);
    if (step?.kind !== 'agent') return [];
    const event = path.events[index];
    const needed = event?.type === 'agent.turn' ? (event.moves ?? []) : [];
    // The branch's move first: past three moves a line is cut, and that one must be said.
    const moves = [...new Set([...needed, ...step.expectedMoves])];
    return [{ stepId, moves, text: movesLine(moves, brand, persona, name, random) }];
  });
}

export interface PlayedPath {
  session: SessionState;
  lines: PathLine[];
  /** The steps the call rested on, in order (an aside's detour left out). */
  stepIds: string[];
  /**
   * The last step the call shared with the path before going elsewhere (the customer reacted
   * otherwise, or improvised), or null when it followed the path to its end.
   */
  leftAfter: string | null;
}

/** Every agent step of the script said from the bank, so a call that leaves the path goes on. */
function handlingFor(config: SessionConfig, lines: readonly PathLine[]): Handling {
  const { script, brand, persona } = config;
  const random = createRandom(`path-rest:${config.seed}`);
  const name = testAgent(persona);
  const handling: Handling = {};
  for (const step of script.steps) {
    if (step.kind !== 'agent') continue;
    const text = movesLine(step.expectedMoves, brand, persona, name, random);
    if (text !== '') handling[`step:${step.id}`] = [text];
  }
  for (const line of lines) if (line.text !== '') handling[`step:${line.stepId}`] = [line.text];
  return handling;
}

/**
 * Plays a path headless through the real session machine: the customer is the engine's, with
 * its persona, mood and seed, so the call may leave the path; the result says where.
 */
export function playPath(
  config: SessionConfig,
  deps: SessionDependencies,
  path: OutcomePath,
): PlayedPath {
  const lines = pathLines(config, path);
  const { session } = playHandling(config, deps, handlingFor(config, lines));
  const stepIds: string[] = [];
  for (const turn of session.transcript) {
    if (turn.step !== null && turn.step !== stepIds.at(-1)) stepIds.push(turn.step);
  }
  const outcome = config.script.steps.find(
    (step) => step.kind === 'outcome' && step.code === session.outcome?.code,
  );
  if (outcome && session.outcome?.reason === 'script' && stepIds.at(-1) !== outcome.id)
    stepIds.push(outcome.id);
  const left = stepIds.findIndex((stepId, index) => path.stepIds[index] !== stepId);
  const leftAfter = left > 0 ? (stepIds[left - 1] ?? null) : null;
  return { session, lines, stepIds, leftAfter };
}
