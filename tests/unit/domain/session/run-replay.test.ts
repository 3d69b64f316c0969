import { describe, expect, it } from 'vitest';
import type { Script } from '@/domain/script/script-schema';
import { compareRuns, exchangesOf, playRun } from '@/domain/session/run-replay';
import {
  exampleBrand,
  exampleScript,
  libraryDocument,
  POLITE_LINES,
  realDeps,
  withAgreementSaying,
} from './session-fixtures';

const script = exampleScript();
const brand = exampleBrand();
const persona = libraryDocument('persona', 'remi-garnier-presse');
const deps = realDeps(brand);
const config = (s: Script) => ({ script: s, persona, brand, mode: 'filage' as const, seed: 7 });
const preset = { stepId: 'verification' };
const lines = POLITE_LINES.slice(1);

/** The draft with the identity answer leading to the security refusal instead. */
function withRefusal(): Script {
  return {
    ...script,
    steps: script.steps.map((step) =>
      step.id === 'reponse-identite' && step.kind === 'customer'
        ? { ...step, transitions: step.transitions.map((t) => ({ ...t, to: 'refus-securite' })) }
        : step,
    ),
  };
}

function played(s: Script) {
  const run = playRun(config(s), preset, lines, deps);
  if (!run.ok) throw new Error(run.error);
  return run.state;
}

describe('playRun', () => {
  it('plays the lines from the preset step to the end, and counts lines left unsaid', () => {
    const run = playRun(config(script), preset, [...lines, 'Encore une chose.'], deps);
    expect(run.ok && run.state.outcome?.code).toBe('resolved');
    expect(run.ok && run.unsaid).toBe(1);
  });

  it('returns the error with its step instead of throwing', () => {
    const run = playRun(config(script), { stepId: 'supprimee' }, lines, deps);
    expect(run).toMatchObject({ ok: false, stepId: 'supprimee' });
    expect(!run.ok && run.error).toMatch(/supprimee/);
  });
});

describe('compareRuns', () => {
  it('finds nothing changed when the draft is the same', () => {
    const diff = compareRuns(played(script), played(script));
    expect(diff.firstChangeAt).toBeNull();
    expect(diff.pathDivergesAt).toBeNull();
    expect(diff.outcome.changed).toBe(false);
    expect(diff.rows.every((row) => row.change === 'same')).toBe(true);
  });

  it('marks a changed customer line as words, on the same path', () => {
    const before = played(script);
    const after = played(
      withAgreementSaying(script, {
        id: 'accord-nouveau',
        text: 'Oui, parfait, le 15 me va très bien.',
      }),
    );
    const diff = compareRuns(before, after);
    expect(diff.pathDivergesAt).toBeNull();
    expect(diff.firstChangeAt).not.toBeNull();
    const row = diff.rows[diff.firstChangeAt ?? -1];
    expect(row?.change).toBe('words');
    expect(row?.after?.reply).toContain('le 15 me va très bien');
    expect(row?.before?.reply).not.toContain('le 15 me va très bien');
  });

  it('names the exchange where the path goes another way, and the outcome change', () => {
    const before = played(script);
    const after = played(withRefusal());
    const diff = compareRuns(before, after);
    expect(diff.pathDivergesAt).toBe(diff.firstChangeAt);
    const row = diff.rows[diff.pathDivergesAt ?? -1];
    expect(row?.change).toBe('path');
    expect(row?.after?.steps).toContain('refus-securite');
    expect(diff.outcome.before?.code).toBe('resolved');
    expect(diff.outcome.changed).toBe(true);
  });

  it('cuts a call into an opening and one exchange per agent line', () => {
    const state = played(script);
    const agentTurns = state.transcript.filter((t) => t.speaker === 'agent').length;
    const exchanges = exchangesOf(state.transcript);
    expect(exchanges.filter((e) => e.agent !== null)).toHaveLength(agentTurns);
    expect(exchanges[0]?.step).toBe('verification');
  });
});
