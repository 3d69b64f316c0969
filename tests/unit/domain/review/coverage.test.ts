import { describe, expect, it } from 'vitest';
import { scriptCoverage } from '@/domain/review/coverage';
import { toImportedSessions } from '@/domain/review/imported-session';
import { exampleScript } from '../session/session-fixtures';
import { bundledSession, sessionBundle } from '../../../fixtures/review/session-bundles';

describe('coverage of a script', () => {
  const script = exampleScript();
  const [first, second] = script.steps;

  it('counts the steps and branches each session went through, and the outcome reached', () => {
    if (!first || !second) throw new Error('the example script has steps');
    const outcome = script.steps.find((step) => step.kind === 'outcome');
    const sessions = toImportedSessions(
      sessionBundle([
        bundledSession('s1', {
          outcome: outcome?.kind === 'outcome' ? { code: outcome.code, success: true } : null,
          transcript: [
            { index: 0, speaker: 'agent', text: 'a', step: first.id },
            { index: 1, speaker: 'customer', text: 'b', step: second.id },
          ],
        }),
      ]) as never,
    );
    const coverage = scriptCoverage(script, sessions);
    expect(coverage.find((step) => step.id === first.id)?.visits).toBe(1);
    expect(coverage.find((step) => step.id === second.id)?.visits).toBe(1);
    expect(coverage.find((step) => step.id === outcome?.id)?.visits).toBe(1);
    const branch = coverage
      .find((step) => step.id === first.id)
      ?.branches.find((b) => b.to === second.id);
    expect(branch?.taken).toBe(1);
    const unvisited = coverage.filter((step) => step.visits === 0);
    expect(unvisited.length).toBeGreaterThan(0);
    expect(unvisited.length).toBe(script.steps.length - 3);
  });
});
