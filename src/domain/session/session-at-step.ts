import type { FactKey } from '../customer/fact-answers';
import { CALL_STATE } from '../script/script-compiler';
import type { VariableValue } from '../script/script-variables-schema';
import { defaultValues } from '../script/variable-logic';
import { scriptMachine, type ScriptSnapshot } from './script-cursor';
import { openCall } from './session-engine';
import type { SessionConfig, SessionState } from './session.types';
import { NO_PROGRESS } from './step-gate';

// The studio's test bench opens a call in the middle of a script: at a chosen step, with what
// the call would already hold there. Same engine afterwards (agentSays, customerReplies): only
// the opening differs from startSession.

/** What the call already holds when it opens at `stepId`. */
export interface StepPreset {
  stepId: string;
  /** The script's variables; the ones left out keep their defaults. */
  values?: Record<string, VariableValue>;
  /** The agent asked for proof and the customer gave it. */
  identityVerified?: boolean;
  /** Facts the customer already gave (they answer « I told you already » if asked again). */
  factsGiven?: FactKey[];
  /** Lines the customer already said (never said twice). */
  customerSaid?: string[];
}

/** Why a call cannot open at a step: the bench shows it with the step. */
export class StepStartError extends Error {
  constructor(
    readonly stepId: string,
    readonly reason: 'unknown_step' | 'not_playable',
  ) {
    super(`Cannot start at step « ${stepId} »: ${reason}`);
  }
}

/** The steps a call can open at: where someone speaks (decisions pass, outcomes end). */
export function playableSteps(config: Pick<SessionConfig, 'script'>): string[] {
  return config.script.steps
    .filter((step) => step.kind === 'agent' || step.kind === 'customer')
    .map((step) => step.id);
}

/**
 * Opens the call at `preset.stepId` with the preset's values and memory. At a customer step the
 * customer speaks first, as at the start of a call. Throws StepStartError for a step nobody
 * speaks at, and the compiler's error for a script that cannot compile.
 */
export function startSessionAt(config: SessionConfig, preset: StepPreset): SessionState {
  const { script } = config;
  const step = script.steps.find((s) => s.id === preset.stepId);
  if (!step) throw new StepStartError(preset.stepId, 'unknown_step');
  if (step.kind !== 'agent' && step.kind !== 'customer')
    throw new StepStartError(preset.stepId, 'not_playable');
  const values = { ...defaultValues(script.variables), ...preset.values };
  // resolveState places the call without running entry actions: the return point a throughline
  // step would have marked is set by hand.
  const snapshot: ScriptSnapshot = scriptMachine(script).resolveState({
    value: { [CALL_STATE]: step.id },
    context: { values, resumeAt: step.throughline ? step.id : null },
  });
  const verified = preset.identityVerified === true;
  return openCall(
    config,
    snapshot,
    { said: [...(preset.customerSaid ?? [])], factsGiven: [...(preset.factsGiven ?? [])] },
    { ...NO_PROGRESS, identityAsked: verified, identityVerified: verified },
    step.id,
  );
}
