import { describe, expect, it } from 'vitest';
import type { Script } from '@/domain/script/script-schema';
import { startSessionAt } from '@/domain/session/session-at-step';
import { testableScript } from '@/domain/session/testable-script';
import { exampleBrand, exampleScript, libraryDocument } from './session-fixtures';

const script = exampleScript();
const persona = libraryDocument('persona', 'remi-garnier-presse');
const configOf = (s: Script) => ({
  script: s,
  persona,
  brand: exampleBrand(),
  mode: 'filage' as const,
  seed: 7,
});

/** A draft mid-edit: a branch points at a step that was deleted, and no step starts. */
function brokenDraft(): Script {
  return {
    ...script,
    steps: script.steps.map((step) =>
      step.kind === 'agent' && step.id === 'changement'
        ? { ...step, start: false, transitions: [{ id: 'vers-rien', to: 'etape-effacee' }] }
        : { ...step, start: false },
    ),
  };
}

describe('testableScript', () => {
  it('returns a sound draft as the same object', () => {
    expect(testableScript(script, 'accueil')).toEqual({
      script,
      droppedBranches: [],
      startAssumed: null,
    });
    expect(testableScript(script, 'accueil').script).toBe(script);
  });

  it('drops branches to missing steps and assumes a start, so valid steps can be played', () => {
    const broken = brokenDraft();
    expect(() => startSessionAt(configOf(broken), { stepId: 'verification' })).toThrow();
    const mended = testableScript(broken, 'verification');
    expect(mended.droppedBranches).toEqual(['vers-rien']);
    expect(mended.startAssumed).toBe('verification');
    const state = startSessionAt(configOf(mended.script), { stepId: 'verification' });
    expect(state.status).toBe('in_call');
  });
});
