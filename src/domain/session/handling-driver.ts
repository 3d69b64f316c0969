// A handling is what an agent says keyed on what the customer just did, not a fixed list of lines:
// the customer answers the agent's words and improvises, so a fixed list drifts out of step with
// the call (a reassurance said to a customer who never doubted, a verification repeated after it
// passed). Each turn the driver looks at the live session: an aside the customer opened is met
// with the handling's line for that aside; otherwise the agent says its line for the script step
// the call is at (the script author's line when the handling has none). A trainer's pair swaps
// the line said at one moment, so the contrast survives whatever the customer improvises.
import { createActor } from 'xstate';
import { fillPlaceholders } from '../customer/customer-lines';
import { customerLines, fillCallSlots } from '../customer/file-slots';
import { currentStep, type ScriptSnapshot } from './script-cursor';
import { sessionMachine } from './session-machine';
import type { SessionConfig, SessionDependencies, SessionState } from './session.types';
import { parseAgentLines } from './agent-lines';

/** One moment's words: a line, or a sequence said in one go (lines and `/hold`-style actions). */
export type Said = string | string[];

/**
 * Moment key → what the agent says on its 1st, 2nd… visit. Keys, in the order they are looked
 * up: `aside:<aside kind>` (an aside the customer has open; the last line repeats),
 * `after:<customer step id>` (the customer's last turn was at that script step, whichever
 * branch it took: once), `step:<agent step id>` (the step the call is at; past the handling's
 * lines, the author's line: an agent stuck on a step falls back on the script).
 */
export type Handling = Record<string, Said[]>;

/**
 * The trainer's swap: at moment `at`, on visit `visit` (the first by default; `every`: each
 * visit, for a whole call of gibberish or silence), say `lines`. A swapped line that leaves the
 * step unmet is said once: after it the agent falls back on the handling, as an agent would.
 */
export interface MomentSwap {
  at: string;
  visit?: number;
  every?: boolean;
  lines: string[];
}

export interface HandledCall {
  session: SessionState;
  /** Transcript indexes of the agent turns said at the swapped moment (empty: never reached). */
  swappedTurns: number[];
  /** The moments in call order, for reading a miss. */
  moments: string[];
  /** Transcript index of each agent turn → the moment it was said at (`key#visit`). */
  turnMoments: Map<number, string>;
}

const MAX_MOMENTS = 40;
/** An aside met this many times without closing is left: the agent goes back to the script. */
const MAX_ASIDE_ANSWERS = 2;

function momentKey(
  session: SessionState,
  handling: Handling,
  answered: Map<string, number>,
  swapAt: string | undefined,
) {
  const aside = session.aside;
  const step = currentStep(session.config.script, session.scriptSnapshot as ScriptSnapshot);
  // An aside the script modelled moved the call to the step that handles it: the author's line
  // there is the competent answer (a DESC limit for an insult), unless the trainer's swap is
  // about this very aside.
  const modelled = aside?.scripted === true && swapAt !== `aside:${aside.kind}`;
  if (aside && !modelled) {
    const key = `aside:${aside.kind}`;
    const occurrence = `${key}@${aside.startedAt}`;
    // With no agent step to go back to (the script waits for the customer), keep answering.
    const limit = step?.kind === 'agent' ? MAX_ASIDE_ANSWERS : Infinity;
    if (handling[key] && (answered.get(occurrence) ?? 0) < limit) {
      answered.set(occurrence, (answered.get(occurrence) ?? 0) + 1);
      return key;
    }
  }
  const last = session.transcript.at(-1);
  const after = last?.speaker === 'customer' ? `after:${last.step}` : null;
  if (after && handling[after] && !answered.has(after)) {
    answered.set(after, 1);
    return after;
  }
  return step?.kind === 'agent' ? `step:${step.id}` : null;
}

function authorLine(session: SessionState, key: string): string[] {
  const { script, persona } = session.config;
  const step = script.steps.find((s) => `step:${s.id}` === key);
  const line = step?.kind === 'agent' ? step.lines[0] : undefined;
  return line
    ? [
        fillPlaceholders(
          fillCallSlots(line.text, customerLines(session), persona.language),
          persona,
        ),
      ]
    : [];
}

/** Plays a handling through the real session machine, swapping one moment when asked. */
export function playHandling(
  config: SessionConfig,
  deps: SessionDependencies,
  handling: Handling,
  swap?: MomentSwap,
): HandledCall {
  const actor = createActor(sessionMachine, { input: { config, deps } }).start();
  actor.send({ type: 'ANSWER' });
  const visits = new Map<string, number>();
  const answered = new Map<string, number>();
  const swappedTurns: number[] = [];
  const moments: string[] = [];
  const turnMoments = new Map<number, string>();
  const live = () => actor.getSnapshot().context.session;
  for (let n = 0; n < MAX_MOMENTS && actor.getSnapshot().status !== 'done'; n += 1) {
    const key = momentKey(live(), handling, answered, swap?.at);
    if (key === null) break;
    const visit = (visits.get(key) ?? 0) + 1;
    visits.set(key, visit);
    const moment = visit > 1 ? `${key}#${visit}` : key;
    moments.push(moment);
    const own = handling[key];
    const swapped = swap?.at === key && (swap.every === true || (swap.visit ?? 1) === visit);
    const repeats = key.startsWith('aside:');
    const mine = own?.[repeats ? Math.min(visit, own.length) - 1 : visit - 1];
    const said = swapped
      ? swap.lines
      : mine !== undefined
        ? [mine].flat()
        : authorLine(live(), key);
    if (said.length === 0) break;
    const from = live().transcript.length;
    for (const event of parseAgentLines(said.join('\n'), key)) {
      if (actor.getSnapshot().status === 'done') break;
      actor.send(event);
    }
    const ours = live()
      .transcript.slice(from)
      .filter((turn) => turn.speaker === 'agent' || turn.speaker === 'system')
      .map((turn) => turn.index);
    for (const index of ours) turnMoments.set(index, moment);
    if (swapped) swappedTurns.push(...ours);
  }
  if (actor.getSnapshot().status !== 'done') actor.send({ type: 'ABANDON' });
  const session = live();
  actor.stop();
  return { session, swappedTurns, moments, turnMoments };
}
