import { useEffect, useState } from 'react';
import type { ScoreCard } from '@/domain/scoring/score-card.types';
import type { Script } from '@/domain/script/script-schema';
import { currentStep, type ScriptSnapshot } from '@/domain/session/script-cursor';
import { startSessionAt } from '@/domain/session/session-at-step';
import { agentSays } from '@/domain/session/session-engine';
import type { SessionState } from '@/domain/session/session.types';
import type { SavedTestRun } from '@/storage/regression-case-repository';
import {
  benchConfig,
  replayAfterEdit,
  scoreOf,
  type BenchContext,
  type ReplayReport,
} from './bench-run';
import { withoutSnapshot } from './play-jobs';
import { playOffThread } from './play-off-thread';
import { useTestBenchStore } from './test-bench-store';

/** A test run as played: its lines so far, the call, its card once ended. */
export interface LiveRun {
  run: SavedTestRun;
  state: SessionState;
  card: ScoreCard | null;
  /** The draft as it was when the run was played: edits after it trigger a replay. */
  playedOn: Script;
}

/** An engine error, with the step the call was at: shown in the panel, never thrown. */
export interface BenchError {
  stepId: string | null;
  message: string;
}

// Typing in the inspector edits the draft at each keystroke: replay once the trainer pauses.
export const REPLAY_DEBOUNCE_MS = 400;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const stepOf = (state: SessionState) =>
  currentStep(state.config.script, state.scriptSnapshot as ScriptSnapshot)?.id ?? null;

/**
 * The last run replayed on the edited draft in the play worker, so typing in the inspector never
 * waits for it; in the page when the worker cannot play it (then the report says why).
 */
async function replayOffThread(
  script: Script,
  live: LiveRun,
  context: BenchContext,
): Promise<ReplayReport> {
  const persona = context.library.personas.get(live.run.personaId);
  const inPage = () => replayAfterEdit(script, live.run, live.state, context);
  if (!persona) return inPage();
  const job = {
    kind: 'replay' as const,
    script,
    persona,
    brand: context.library.brands.get(script.brand) ?? null,
    rubric: context.rubric,
    run: live.run,
    before: withoutSnapshot(live.state),
  };
  try {
    const result = await playOffThread(job);
    return result.kind === 'replay' ? result.report : inPage();
  } catch {
    return inPage();
  }
}

/** The bench's call: start at a step, say lines, and replay the last run after each edit. */
export function useTestBench(script: Script, context: BenchContext | null) {
  const [live, setLive] = useState<LiveRun | null>(null);
  const [error, setError] = useState<BenchError | null>(null);
  const [replayed, setReplayed] = useState<{ live: LiveRun; report: ReplayReport } | null>(null);
  const setPlaying = useTestBenchStore((state) => state.setPlaying);

  const playing = live && live.state.status !== 'ended' ? stepOf(live.state) : null;
  useEffect(() => setPlaying(playing), [playing, setPlaying]);
  useEffect(() => () => setPlaying(null), [setPlaying]);

  // The replay follows the draft: debounced, and only once the draft differs from the run's.
  const edited = live !== null && script !== live.playedOn && live.run.lines.length > 0;
  useEffect(() => {
    if (!live || !context || !edited) return undefined;
    let current = true;
    const timer = setTimeout(() => {
      void replayOffThread(script, live, context).then((report) => {
        // A newer edit (or run) came meanwhile: its own replay follows.
        if (current) setReplayed({ live, report });
      });
    }, REPLAY_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [script, live, context, edited]);
  // The last replay of this very run, while the draft differs from the one it was played on.
  const replay = edited && replayed?.live === live ? replayed.report : null;

  const start = (setup: Omit<SavedTestRun, 'lines'>) => {
    if (!context) return;
    try {
      const config = benchConfig(script, setup, context.library);
      if (!config) throw new Error(setup.personaId);
      const state = startSessionAt(config, setup.preset);
      setLive({
        run: { ...setup, lines: [] },
        state,
        card: scoreOf(state, context.rubric),
        playedOn: script,
      });
      setError(null);
    } catch (caught) {
      setLive(null);
      setError({ stepId: setup.preset.stepId, message: messageOf(caught) });
    }
  };

  const say = (text: string) => {
    if (!live || !context || live.state.status !== 'in_call') return;
    try {
      const state = agentSays(live.state, text, context.deps);
      setLive({
        ...live,
        run: { ...live.run, lines: [...live.run.lines, text] },
        state,
        card: scoreOf(state, context.rubric),
      });
      setError(null);
    } catch (caught) {
      setError({ stepId: stepOf(live.state), message: messageOf(caught) });
    }
  };

  const reset = () => {
    setLive(null);
    setError(null);
  };

  return { live, error, replay, start, say, reset };
}
