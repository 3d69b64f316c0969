import type { RehearsalMode } from '@/domain/customer/customer.types';
import type { Rubric } from '@/domain/scoring/rubric-schema';
import { scoreSession } from '@/domain/scoring/score-session';
import type { ScoreCard } from '@/domain/scoring/score-card.types';
import type { Persona } from '@/domain/script/persona-schema';
import type { Script } from '@/domain/script/script-schema';
import { compareRuns, exchangesOf, playRun, type RunComparison } from '@/domain/session/run-replay';
import type {
  SessionConfig,
  SessionDependencies,
  SessionState,
} from '@/domain/session/session.types';
import { testableScript } from '@/domain/session/testable-script';
import type {
  RegressionCaseRecord,
  RegressionExpectation,
  SavedTestRun,
} from '@/storage/regression-case-repository';
import type { StudioLibrary } from '../library/library-documents';

// What the test bench does besides showing: configure a call from its setup, score it, replay a
// run against an edited draft, re-run saved cases. No React here, so tests and the bench share it.

/** What a run reads of the library: its customer and the brand. */
export type BenchLibrary = Pick<StudioLibrary, 'personas' | 'brands'>;

/** Everything the engine needs besides the draft. */
export interface BenchContext {
  library: BenchLibrary;
  deps: SessionDependencies;
  rubric: Rubric | null;
}

/** The personas that can play the draft: its suggestions first, then others of its language. */
export function personasFor(library: BenchLibrary, script: Script): Persona[] {
  const same = [...library.personas.values()].filter((p) => p.language === script.language);
  const suggested = script.suggestedPersonas
    .map((id) => library.personas.get(id))
    .filter((p): p is Persona => p?.language === script.language);
  return [...suggested, ...same.filter((p) => !suggested.includes(p))];
}

/** The call's configuration for a run, on the draft as it can be compiled; null without persona. */
export function benchConfig(
  script: Script,
  run: Pick<SavedTestRun, 'preset' | 'personaId' | 'seed' | 'mode'>,
  library: BenchLibrary,
): SessionConfig | null {
  const persona = library.personas.get(run.personaId);
  if (!persona) return null;
  return {
    script: testableScript(script, run.preset.stepId).script,
    persona,
    brand: library.brands.get(script.brand) ?? null,
    mode: run.mode,
    seed: run.seed,
  };
}

/** The score card of an ended call; null before the end or without a rubric. */
export function scoreOf(state: SessionState, rubric: Rubric | null): ScoreCard | null {
  if (state.status !== 'ended' || !rubric) return null;
  return scoreSession(state, rubric, state.config.brand);
}

/** What a run gave: outcome, score out of 20, steps passed through. */
export function expectationOf(state: SessionState, card: ScoreCard | null): RegressionExpectation {
  return {
    outcome: state.outcome,
    outOf20: card?.overall.outOf20 ?? null,
    steps: [...new Set(exchangesOf(state.transcript).flatMap((exchange) => exchange.steps))],
  };
}

/** A run played again on a draft: its call and score, or the error that stopped it. */
export type Replayed =
  | { ok: true; state: SessionState; card: ScoreCard | null; unsaid: number }
  | { ok: false; stepId: string | null; error: string };

/** Plays a saved run's lines on `script`; errors (a removed step, an engine fault) are data. */
export function replayRun(script: Script, run: SavedTestRun, context: BenchContext): Replayed {
  const config = benchConfig(script, run, context.library);
  if (!config) return { ok: false, stepId: run.preset.stepId, error: `persona ${run.personaId}` };
  const played = playRun(config, run.preset, run.lines, context.deps);
  if (!played.ok) return played;
  try {
    return { ...played, card: scoreOf(played.state, context.rubric) };
  } catch (error) {
    return {
      ok: false,
      stepId: null,
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

/** The last run against the edited draft, beside the run as it was played. */
export interface ReplayReport {
  after: Replayed;
  comparison: RunComparison | null;
}

/** Replays the last test run on the edited draft and compares it with the run as played. */
export function replayAfterEdit(
  script: Script,
  run: SavedTestRun,
  before: SessionState,
  context: BenchContext,
): ReplayReport {
  const after = replayRun(script, run, context);
  return { after, comparison: after.ok ? compareRuns(before, after.state) : null };
}

/** What changed in a regression case's result, if anything. */
export interface CaseCheck {
  record: RegressionCaseRecord;
  actual: RegressionExpectation | null;
  /** Set when the case could not be played at all. */
  error: string | null;
  outcomeChanged: boolean;
  scoreChanged: boolean;
}

const outcomeKey = (o: RegressionExpectation['outcome']) =>
  o ? `${o.code}|${String(o.success)}|${o.reason}` : 'none';

/** Re-runs a saved case on the draft to publish and says whether its outcome or score moved. */
export function checkCase(
  script: Script,
  record: RegressionCaseRecord,
  context: BenchContext,
): CaseCheck {
  const replayed = replayRun(script, record.run, context);
  if (!replayed.ok)
    return {
      record,
      actual: null,
      error: replayed.error,
      outcomeChanged: true,
      scoreChanged: true,
    };
  const actual = expectationOf(replayed.state, replayed.card);
  return {
    record,
    actual,
    error: null,
    outcomeChanged: outcomeKey(actual.outcome) !== outcomeKey(record.expected.outcome),
    scoreChanged: actual.outOf20 !== record.expected.outOf20,
  };
}

/** A new regression case from a finished test run. */
export function regressionCaseOf(
  ids: { id: string; draftId: string; createdAt: string; name: string },
  script: Script,
  run: SavedTestRun,
  state: SessionState,
  card: ScoreCard | null,
): RegressionCaseRecord {
  return { ...ids, scriptId: script.id, run, expected: expectationOf(state, card) };
}

export const TYPED_MODE: RehearsalMode = 'filage';
export const LECTURE_MODE: RehearsalMode = 'lecture';
