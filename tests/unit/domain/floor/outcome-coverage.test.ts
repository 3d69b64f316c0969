import { describe, expect, it } from 'vitest';
import { outcomeCoverage } from '@/domain/floor/outcome-coverage';
import { scriptSchema } from '@/domain/script/script-schema';
import { generateScript } from '../../../fixtures/scripts/generate-script';
import { minimalBundle, step } from '../../../fixtures/scripts/rule-cases';

describe('outcomeCoverage', () => {
  it('lists one path per outcome and names the unreachable ones, complete', () => {
    const bundle = minimalBundle();
    step(bundle, 'solde').transitions.shift();
    const coverage = outcomeCoverage(scriptSchema.parse(bundle.script));
    expect(coverage.paths.map((p) => p.outcomeId)).toEqual(['fin', 'perdu']);
    expect(coverage.missing).toEqual(['transfere']);
    expect(coverage.complete).toBe(true);
  });

  it('stops at its limit on a large script and says so, keeping what it found', () => {
    const script = scriptSchema.parse(generateScript(500));
    const bounded = outcomeCoverage(script, 200);
    expect(bounded.complete).toBe(false);
    expect(bounded.transitions).toBe(200);
    // Within 200 transitions the listing cannot get past the first blocks: the outcomes at the
    // end are missing, not unreachable.
    expect(bounded.missing.length).toBeGreaterThan(0);
    const whole = outcomeCoverage(script);
    expect(whole.paths.length).toBeGreaterThan(bounded.paths.length);
  });

  it('walks a draft being written (no start, branches to nowhere) without throwing', () => {
    const parsed = scriptSchema.parse(minimalBundle().script);
    const noStart = { ...parsed, steps: parsed.steps.map((s) => ({ ...s, start: false })) };
    const nowhere = {
      ...parsed,
      steps: parsed.steps.map((s) =>
        s.kind === 'agent'
          ? { ...s, transitions: s.transitions.map((t) => ({ ...t, to: 'nulle-part' })) }
          : s,
      ),
    };
    for (const draft of [noStart, nowhere]) {
      const coverage = outcomeCoverage(draft);
      expect(coverage.paths).toEqual([]);
      expect(coverage.missing).toEqual(['fin', 'transfere', 'perdu']);
    }
  });
});
