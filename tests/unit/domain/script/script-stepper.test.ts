import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { gateDocument } from '@/domain/script/document-gate';
import { compileScript } from '@/domain/script/script-compiler';
import { currentStepId, type ScriptSnapshot } from '@/domain/script/script-graph';
import { scriptSchema, type Script } from '@/domain/script/script-schema';
import { ScriptStepper, type CallState } from '@/domain/script/script-stepper';
import {
  checkDuplicateIds,
  checkFlow,
  checkStart,
  checkStepReferences,
} from '@/domain/script/rules-structure';
import { BLOCKS_COMPILATION } from '@/domain/script/script-validator';
import { hostileScript } from '../../../fixtures/scripts/hostile-script';
import { minimalBundle } from '../../../fixtures/scripts/rule-cases';

// The graph analysis trusts ScriptStepper to step like the compiled XState machine the call
// really runs. These walks send the same events to both and compare where each lands.

const libraryDir = fileURLToPath(new URL('../../../../scripts-library/scripts/', import.meta.url));
const libraryScripts = readdirSync(libraryDir)
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) => {
    const gated = gateDocument(readFileSync(join(libraryDir, file), 'utf8'));
    return gated.ok && gated.value.kind === 'script' ? [[file, gated.value.document] as const] : [];
  });

const view = (snapshot: ScriptSnapshot) => ({
  stepId: currentStepId(snapshot),
  values: snapshot.context.values,
  done: snapshot.status === 'done',
});
const viewOf = (state: CallState) => ({
  stepId: state.stepId,
  values: state.values,
  done: state.done,
});

/** Walks both side by side, choosing each event with `choices`; returns the steps compared. */
function walkBoth(script: Script, choices: readonly number[]): number {
  const machine = compileScript(script);
  const stepper = new ScriptStepper(script);
  let state = stepper.initial();
  if (state.eventlessLoop) return 0; // XState would spin forever here: nothing to compare.
  let [snapshot] = initialTransition(machine, {});
  expect(viewOf(state)).toEqual(view(snapshot));
  let compared = 1;
  for (const choice of choices) {
    const events = stepper.eventsAt(state);
    const event = events[choice % Math.max(events.length, 1)];
    if (!event) break;
    state = stepper.next(state, event);
    if (state.eventlessLoop) break;
    [snapshot] = transition(machine, snapshot, event);
    expect(viewOf(state), `after ${JSON.stringify(event)}`).toEqual(view(snapshot));
    compared += 1;
  }
  return compared;
}

/** Deterministic choices (a linear congruential sequence) for the library walks. */
function choices(seed: number, length: number): number[] {
  let x = seed;
  return Array.from({ length }, () => (x = (x * 1_103_515_245 + 12_345) % 2 ** 31));
}

describe('ScriptStepper steps like the compiled machine', () => {
  it.each(libraryScripts)('%s: 20 seeded walks of 60 events', (_file, script) => {
    for (let seed = 1; seed <= 20; seed += 1) {
      expect(walkBoth(script, choices(seed, 60))).toBeGreaterThan(1);
    }
  });

  it('the minimal fixture, every refusal loop included', () => {
    const script = scriptSchema.parse(minimalBundle().script);
    for (let seed = 1; seed <= 30; seed += 1) walkBoth(script, choices(seed, 40));
  });

  it('generated hostile graphs (fixed seed): same step, values and end at every event', () => {
    let comparedScripts = 0;
    fc.assert(
      fc.property(hostileScript, fc.array(fc.nat(), { maxLength: 40 }), (raw, picks) => {
        const parsed = scriptSchema.safeParse(raw);
        if (!parsed.success) return;
        // The structural rules only: they decide whether the script compiles, the rest costs time.
        const script = parsed.data;
        const blocking = [
          ...checkDuplicateIds(script),
          ...checkStart(script),
          ...checkStepReferences(script),
          ...checkFlow(script),
        ].filter((f) => BLOCKS_COMPILATION.has(f.ruleId));
        if (blocking.length > 0) return;
        walkBoth(parsed.data, picks);
        comparedScripts += 1;
      }),
      { seed: 14, numRuns: 400 },
    );
    // The generator must produce mostly compilable graphs, or this test would prove little.
    expect(comparedScripts).toBeGreaterThan(120);
  }, 30_000);
});
