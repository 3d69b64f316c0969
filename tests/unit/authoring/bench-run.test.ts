import { describe, expect, it } from 'vitest';
import type { Rubric } from '@/domain/scoring/rubric-schema';
import type { Script } from '@/domain/script/script-schema';
import {
  checkCase,
  personasFor,
  regressionCaseOf,
  replayRun,
  type BenchContext,
} from '@/features/authoring/test-bench/bench-run';
import type { SavedTestRun } from '@/storage/regression-case-repository';
import {
  exampleBrand,
  exampleScript,
  libraryDocument,
  POLITE_LINES,
  realDeps,
} from '../domain/session/session-fixtures';

const script = exampleScript();
const brand = exampleBrand();
const persona = libraryDocument('persona', 'remi-garnier-presse');
const rubric = libraryDocument('rubric', 'default') as Rubric;
const context: BenchContext = {
  library: {
    brands: new Map([[brand.id, brand]]),
    personas: new Map([[persona.id, persona]]),
  },
  deps: realDeps(brand),
  rubric,
};
const run: SavedTestRun = {
  preset: { stepId: 'verification' },
  personaId: persona.id,
  seed: 7,
  mode: 'filage',
  lines: POLITE_LINES.slice(1),
};

function savedCase() {
  const played = replayRun(script, run, context);
  if (!played.ok) throw new Error(played.error);
  const ids = { id: 'c1', draftId: 'd1', createdAt: '2026-12-03T10:00:00.000Z', name: 'Cas' };
  return regressionCaseOf(ids, script, run, played.state, played.card);
}

const withOutcomeCode = (code: string): Script => ({
  ...script,
  steps: script.steps.map((step) =>
    step.kind === 'outcome' && step.id === 'resolu' ? { ...step, code } : step,
  ),
});

describe('regression cases', () => {
  it('records the outcome, score and steps of the run it is saved from', () => {
    const record = savedCase();
    expect(record.expected.outcome).toMatchObject({ code: 'resolved', success: true });
    expect(record.expected.outOf20).toEqual(expect.any(Number));
    expect(record.expected.steps.slice(0, 2)).toEqual(['verification', 'reponse-identite']);
    expect(record.scriptId).toBe(script.id);
  });

  it('passes on the same draft, and flags an outcome that changed', () => {
    const record = savedCase();
    expect(checkCase(script, record, context)).toMatchObject({
      error: null,
      outcomeChanged: false,
      scoreChanged: false,
    });
    const changed = checkCase(withOutcomeCode('date_changed'), record, context);
    expect(changed.outcomeChanged).toBe(true);
    expect(changed.actual?.outcome?.code).toBe('date_changed');
  });

  it('reports a case that no longer plays (its step removed) as changed, with the error', () => {
    const record = savedCase();
    const without = { ...script, steps: script.steps.filter((s) => s.id !== 'verification') };
    const check = checkCase(without, record, context);
    expect(check.error).toMatch(/verification/);
    expect(check.outcomeChanged).toBe(true);
  });

  it('offers the suggested personas of the script first', () => {
    expect(personasFor(context.library, script)[0]?.id).toBe('remi-garnier-presse');
  });
});
