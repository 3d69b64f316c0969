import { describe, expect, it } from 'vitest';
import { currentStep, type ScriptSnapshot } from '@/domain/session/script-cursor';
import { agentSays } from '@/domain/session/session-engine';
import { playableSteps, startSessionAt, StepStartError } from '@/domain/session/session-at-step';
import { scoreSession } from '@/domain/scoring/score-session';
import {
  exampleBrand,
  exampleScript,
  libraryDocument,
  POLITE_LINES,
  realDeps,
} from './session-fixtures';

const script = exampleScript();
const brand = exampleBrand();
const persona = libraryDocument('persona', 'remi-garnier-presse');
const deps = realDeps(brand);
const config = { script, persona, brand, mode: 'filage' as const, seed: 3 };
const stepOf = (snapshot: unknown) => currentStep(script, snapshot as ScriptSnapshot)?.id;

describe('startSessionAt', () => {
  it('opens at an agent step, silent, with the preset values and memory', () => {
    const state = startSessionAt(config, {
      stepId: 'changement',
      values: { tentatives: 1 },
      identityVerified: true,
      factsGiven: ['customerNumber'],
      customerSaid: ['Je voudrais le 15.'],
    });
    expect(stepOf(state.scriptSnapshot)).toBe('changement');
    expect(state.transcript).toEqual([]);
    expect((state.scriptSnapshot as ScriptSnapshot).context.values).toEqual({ tentatives: 1 });
    expect(state.progress).toMatchObject({ identityAsked: true, identityVerified: true });
    expect(state.memory.factsGiven).toEqual(['customerNumber']);
    expect(state.memory.said).toEqual(['Je voudrais le 15.']);
  });

  it('lets the customer speak first at a customer step, as at the start of a call', () => {
    const state = startSessionAt(config, { stepId: 'accord' });
    expect(state.transcript).toHaveLength(1);
    expect(state.transcript[0]).toMatchObject({ speaker: 'customer', step: 'accord' });
    expect(stepOf(state.scriptSnapshot)).toBe('conclusion');
  });

  it('keeps defaults for variables the preset leaves out, and identity unverified', () => {
    const state = startSessionAt(config, { stepId: 'verification' });
    expect((state.scriptSnapshot as ScriptSnapshot).context.values).toEqual({ tentatives: 0 });
    expect(state.progress).toMatchObject({ identityAsked: false, identityVerified: false });
  });

  it('plays on with the same engine: a good closing line at the last agent step ends resolved', () => {
    let state = startSessionAt(config, { stepId: 'conclusion', identityVerified: true });
    state = agentSays(state, POLITE_LINES[3] ?? '', deps);
    expect(state.status).toBe('ended');
    expect(state.outcome).toMatchObject({ code: 'resolved', success: true, reason: 'script' });
  });

  it('is deterministic: same preset, seed and lines, same call', () => {
    const play = () =>
      agentSays(startSessionAt(config, { stepId: 'verification' }), POLITE_LINES[1] ?? '', deps);
    expect(play().transcript).toEqual(play().transcript);
  });

  it('records that identity was verified before the call opened, and scoring counts it', () => {
    const play = (identityVerified: boolean) => {
      let state = startSessionAt(config, { stepId: 'changement', identityVerified });
      for (const line of POLITE_LINES.slice(2)) state = agentSays(state, line, deps);
      return state;
    };
    const verified = play(true);
    expect(verified.opening).toEqual({ stepId: 'changement', identityVerified: true });
    // The transcript has no verification turn: only the preset says the proof was given.
    expect(verified.transcript.some((turn) => turn.step === 'verification')).toBe(false);
    const rubric = libraryDocument('rubric', 'default');
    const card = scoreSession(verified, rubric, brand);
    expect(card.compliance).toMatchObject({ passed: true, identity: 'verified_before_start' });
    expect(card.findings.map((finding) => finding.rule)).not.toContain(
      'disclosure_before_verification',
    );
    // Nor is the call charged with the steps behind where it opened (greeting, its notice, proof).
    expect(card.adherence).toMatchObject({ mandatorySteps: 1, covered: 1 });
    expect(card.findings.map((finding) => finding.rule)).not.toContain('recording_notice_missing');
    // Unticked, the same lines change the account before any proof: the breach stands.
    const unverified = scoreSession(play(false), rubric, brand);
    expect(play(false).opening).toEqual({ stepId: 'changement', identityVerified: false });
    expect(unverified.compliance.passed).toBe(false);
    expect(unverified.compliance.identity).toBeUndefined();
    expect(unverified.findings.map((finding) => finding.rule)).toContain(
      'disclosure_before_verification',
    );
  });

  it('refuses steps nobody speaks at, and unknown ones, with the step named', () => {
    expect(() => startSessionAt(config, { stepId: 'controle-tentatives' })).toThrow(StepStartError);
    expect(() => startSessionAt(config, { stepId: 'resolu' })).toThrow(/resolu/);
    expect(() => startSessionAt(config, { stepId: 'nulle-part' })).toThrow(/unknown_step/);
    expect(playableSteps(config)).not.toContain('controle-tentatives');
    expect(playableSteps(config)).toContain('changement');
  });
});
