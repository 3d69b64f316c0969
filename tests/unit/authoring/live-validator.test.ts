import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '@/domain/script/finding.types';
import { scriptSchema, type Script } from '@/domain/script/script-schema';
import { createLiveValidator } from '@/features/authoring/editor/live-validator';
import { generateScript } from '../../fixtures/scripts/generate-script';

const valid = scriptSchema.parse(generateScript(12));
// A branch to a step that does not exist: an error the validator must report.
const broken: Script = {
  ...valid,
  steps: valid.steps.map((step) =>
    step.id === 'agent-0' && step.kind === 'agent'
      ? { ...step, transitions: [{ id: 't-nulle-part', to: 'nulle-part' }] }
      : step,
  ),
};

afterEach(() => vi.useRealTimers());

describe('createLiveValidator (in the thread, as without Worker)', () => {
  it('checks edits made during a check once, together, and delivers only the latest', () => {
    vi.useFakeTimers();
    const delivered: Finding[][] = [];
    const validator = createLiveValidator((findings) => delivered.push(findings));
    validator.check(valid, undefined);
    validator.check(valid, undefined); // waits for the first
    validator.check(broken, undefined); // replaces the one waiting
    vi.runAllTimers();
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.some((f) => f.ruleId === 'unknown-step')).toBe(true);
  });

  it('delivers nothing once stopped', () => {
    vi.useFakeTimers();
    const delivered: Finding[][] = [];
    const validator = createLiveValidator((findings) => delivered.push(findings));
    validator.check(broken, undefined);
    validator.stop();
    vi.runAllTimers();
    expect(delivered).toEqual([]);
  });
});
