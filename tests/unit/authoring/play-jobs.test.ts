import { describe, expect, it } from 'vitest';
import { outcomeCoverage } from '@/domain/floor/outcome-coverage';
import { playPath } from '@/domain/floor/play-path';
import type { Rubric } from '@/domain/scoring/rubric-schema';
import { replayAfterEdit, replayRun } from '@/features/authoring/test-bench/bench-run';
import {
  runPlayJob,
  withoutSnapshot,
  type PlayJob,
} from '@/features/authoring/test-bench/play-jobs';
import type { SavedTestRun } from '@/storage/regression-case-repository';
import {
  exampleBrand,
  exampleScript,
  libraryDocument,
  POLITE_LINES,
  realDeps,
} from '../domain/session/session-fixtures';

// The play worker receives its jobs as structured clones: a job played from its clone must give
// what the page gives with the same domain code, or the replay and « Jouer ce chemin » would
// differ between a browser with workers and one without.

const script = exampleScript();
const brand = exampleBrand();
const persona = libraryDocument('persona', 'remi-garnier-presse');
const rubric = libraryDocument('rubric', 'default') as Rubric;
const deps = realDeps(brand);
const library = {
  brands: new Map([[brand.id, brand]]),
  personas: new Map([[persona.id, persona]]),
};
const run: SavedTestRun = {
  preset: { stepId: 'verification' },
  personaId: persona.id,
  seed: 7,
  mode: 'filage',
  lines: POLITE_LINES.slice(1),
};
const edited = {
  ...script,
  steps: script.steps.map((step) =>
    step.kind === 'outcome' && step.id === 'resolu' ? { ...step, code: 'date_changed' } : step,
  ),
};

describe('play jobs', () => {
  it('replays a run from its clone as the page replays it', () => {
    const played = replayRun(script, run, { library, deps, rubric });
    if (!played.ok) throw new Error(played.error);
    const job: PlayJob = {
      kind: 'replay',
      script: edited,
      persona,
      brand,
      rubric,
      run,
      before: withoutSnapshot(played.state),
    };
    const result = runPlayJob(structuredClone(job), deps);
    // What comes back crosses to the page too.
    expect(structuredClone(result)).toEqual(result);
    const inPage = replayAfterEdit(edited, run, played.state, { library, deps, rubric });
    if (!inPage.after.ok) throw new Error(inPage.after.error);
    expect(result).toEqual({
      kind: 'replay',
      report: { ...inPage, after: { ...inPage.after, state: withoutSnapshot(inPage.after.state) } },
    });
    if (result.kind !== 'replay' || !result.report.after.ok) throw new Error('no replay');
    expect(result.report.after.state.outcome?.code).toBe('date_changed');
    expect(result.report.comparison?.outcome.changed).toBe(true);
  });

  it('plays a path from its clone, scored, as the page plays it', () => {
    const path = outcomeCoverage(script).paths.find((p) => p.outcomeId === 'resolu');
    if (!path) throw new Error('no path to resolu');
    const job: PlayJob = { kind: 'path', script, persona, brand, rubric, path, seed: 11 };
    const result = runPlayJob(structuredClone(job), deps);
    expect(structuredClone(result)).toEqual(result);
    const played = playPath({ script, persona, brand, mode: 'filage', seed: 11 }, deps, path);
    expect(result).toMatchObject({
      kind: 'path',
      played: { ...played, session: withoutSnapshot(played.session) },
    });
    if (result.kind !== 'path') throw new Error('no path played');
    expect(result.card?.overall.outOf20).toEqual(expect.any(Number));
  });
});
