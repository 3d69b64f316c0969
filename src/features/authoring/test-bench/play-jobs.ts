import { playPath, type PlayedPath } from '@/domain/floor/play-path';
import type { Rubric } from '@/domain/scoring/rubric-schema';
import type { ScoreCard } from '@/domain/scoring/score-card.types';
import type { BrandGuide } from '@/domain/script/brand-guide-schema';
import type { Persona } from '@/domain/script/persona-schema';
import type { OutcomePath } from '@/domain/script/script-paths';
import type { Script } from '@/domain/script/script-schema';
import type { SessionDependencies, SessionState } from '@/domain/session/session.types';
import type { SavedTestRun } from '@/storage/regression-case-repository';
import { replayAfterEdit, scoreOf, type ReplayReport } from './bench-run';

// The calls the studio plays whole, without the trainer typing: the last test run replayed on
// the edited draft, and « Jouer ce chemin ». Plain data in and out, so they run in a Web Worker
// (play.worker.ts) as well as in the page; same domain code either way.

interface JobCast {
  script: Script;
  persona: Persona;
  brand: BrandGuide | null;
  rubric: Rubric | null;
}

export type PlayJob =
  | (JobCast & {
      kind: 'replay';
      run: SavedTestRun;
      /** The run as played, without its snapshot (withoutSnapshot): only its turns are compared. */
      before: SessionState;
    })
  | (JobCast & { kind: 'path'; path: OutcomePath; seed: number });

export type PlayResult =
  | { kind: 'replay'; report: ReplayReport }
  | { kind: 'path'; played: PlayedPath; card: ScoreCard | null };

/**
 * A call as the studio shows it, without the engine's live snapshot: that holds the compiled
 * machine, which no message can carry, and the panels read only the transcript, outcome and card.
 */
export function withoutSnapshot(state: SessionState): SessionState {
  return { ...state, scriptSnapshot: null };
}

/** Plays one job with the language layer at hand; what it returns can cross to the page. */
export function runPlayJob(job: PlayJob, deps: SessionDependencies): PlayResult {
  const { script, persona, brand, rubric } = job;
  if (job.kind === 'replay') {
    const library = {
      personas: new Map([[persona.id, persona]]),
      brands: new Map(brand ? [[brand.id, brand]] : []),
    };
    const { after, comparison } = replayAfterEdit(script, job.run, job.before, {
      library,
      deps,
      rubric,
    });
    return {
      kind: 'replay',
      report: {
        after: after.ok ? { ...after, state: withoutSnapshot(after.state) } : after,
        comparison,
      },
    };
  }
  const played = playPath(
    { script, persona, brand, mode: 'filage', seed: job.seed },
    deps,
    job.path,
  );
  return {
    kind: 'path',
    played: { ...played, session: withoutSnapshot(played.session) },
    card: scoreOf(played.session, rubric),
  };
}
