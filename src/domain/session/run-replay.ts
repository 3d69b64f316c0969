import { currentStep, type ScriptSnapshot } from './script-cursor';
import { agentSays } from './session-engine';
import { startSessionAt, type StepPreset } from './session-at-step';
import type {
  SessionConfig,
  SessionDependencies,
  SessionOutcome,
  SessionState,
  TranscriptTurn,
} from './session.types';

// The studio's test bench plays a test run again, the same agent lines in the same order,
// against an edited draft, and says where the call now goes another way. Same engine as Répéter.

/** The result of playing lines from a preset: the call, or why it could not be played. */
export type PlayedRun =
  | {
      ok: true;
      state: SessionState;
      /** Lines left unsaid because the call had ended. */ unsaid: number;
    }
  | { ok: false; stepId: string | null; error: string };

/** Opens the call at the preset and says `lines` in order; never throws (errors are data). */
export function playRun(
  config: SessionConfig,
  preset: StepPreset,
  lines: readonly string[],
  deps: SessionDependencies,
): PlayedRun {
  let state: SessionState;
  try {
    state = startSessionAt(config, preset);
  } catch (error) {
    return { ok: false, stepId: preset.stepId, error: messageOf(error) };
  }
  let said = 0;
  for (const line of lines) {
    if (state.status !== 'in_call') break;
    try {
      state = agentSays(state, line, deps);
    } catch (error) {
      return { ok: false, stepId: stepOf(state), error: messageOf(error) };
    }
    said += 1;
  }
  return { ok: true, state, unsaid: lines.length - said };
}

/** What one agent line led to: the step it was said at, and what came back. */
export interface Exchange {
  /** The agent's line (redacted as recorded); null for the opening before the agent speaks. */
  agent: string | null;
  /** The step the agent spoke at (or the opening's step). */
  step: string | null;
  /** Steps the call passed through during the exchange, in order, without repeats. */
  steps: string[];
  /** What the customer (or the system) said back, joined. */
  reply: string;
}

export type ExchangeChange = 'same' | 'words' | 'path' | 'added' | 'removed';

export interface ExchangeRow {
  index: number;
  before: Exchange | null;
  after: Exchange | null;
  change: ExchangeChange;
}

export interface RunComparison {
  rows: ExchangeRow[];
  /** The first exchange whose steps differ; null when the path is the same throughout. */
  pathDivergesAt: number | null;
  /** The first exchange that differs at all (words included). */
  firstChangeAt: number | null;
  outcome: { before: SessionOutcome | null; after: SessionOutcome | null; changed: boolean };
}

/** A call cut into exchanges: the opening, then one per agent line. */
export function exchangesOf(transcript: readonly TranscriptTurn[]): Exchange[] {
  const exchanges: Exchange[] = [];
  let current: Exchange = { agent: null, step: transcript[0]?.step ?? null, steps: [], reply: '' };
  const push = () => {
    if (current.agent !== null || current.reply !== '' || current.steps.length > 0)
      exchanges.push(current);
  };
  for (const turn of transcript) {
    if (turn.speaker === 'agent') {
      push();
      current = { agent: turn.text, step: turn.step, steps: [], reply: '' };
    } else if (turn.text) {
      current.reply = current.reply ? `${current.reply} ${turn.text}` : turn.text;
    }
    if (turn.step !== null && current.steps.at(-1) !== turn.step) current.steps.push(turn.step);
  }
  push();
  return exchanges;
}

function changeOf(before: Exchange | null, after: Exchange | null): ExchangeChange {
  if (!before) return 'added';
  if (!after) return 'removed';
  if (before.steps.join('\n') !== after.steps.join('\n')) return 'path';
  if (before.reply !== after.reply || before.agent !== after.agent) return 'words';
  return 'same';
}

/** Compares two plays of the same lines, exchange by exchange. */
export function compareRuns(before: SessionState, after: SessionState): RunComparison {
  const a = exchangesOf(before.transcript);
  const b = exchangesOf(after.transcript);
  const rows: ExchangeRow[] = [];
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const row = { index, before: a[index] ?? null, after: b[index] ?? null };
    rows.push({ ...row, change: changeOf(row.before, row.after) });
  }
  const pathRow = rows.find((row) => row.change !== 'same' && row.change !== 'words');
  const changed = rows.find((row) => row.change !== 'same');
  const outcomeKey = (o: SessionOutcome | null) => (o ? `${o.code}|${o.success}|${o.reason}` : '');
  return {
    rows,
    pathDivergesAt: pathRow?.index ?? null,
    firstChangeAt: changed?.index ?? null,
    outcome: {
      before: before.outcome,
      after: after.outcome,
      changed: outcomeKey(before.outcome) !== outcomeKey(after.outcome),
    },
  };
}

function stepOf(state: SessionState): string | null {
  return currentStep(state.config.script, state.scriptSnapshot as ScriptSnapshot)?.id ?? null;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
