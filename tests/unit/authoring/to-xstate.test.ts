import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { compileScript, ScriptCompileError } from '@/domain/script/script-compiler';
import { currentStepId } from '@/domain/script/script-graph';
import type { ScriptEvent } from '@/domain/script/script-machine-setup';
import { scriptMachineSetup } from '@/domain/script/script-machine-setup';
import { toXStateJson } from '@/features/authoring/interchange/to-xstate';
import { exampleScript } from '../domain/session/session-fixtures';

/** The step after each event, from a machine. */
function walk(machine: ReturnType<typeof compileScript>, events: ScriptEvent[]) {
  let [snapshot] = initialTransition(machine, {});
  const steps = [currentStepId(snapshot)];
  for (const event of events) {
    [snapshot] = transition(machine, snapshot, event);
    steps.push(currentStepId(snapshot));
  }
  return { steps, values: snapshot.context.values };
}

describe('XState / Stately export', () => {
  it('round-trips: the JSON, given back to the setup, plays the call like the app does', () => {
    const script = exampleScript();
    const json = toXStateJson(script);
    const config = JSON.parse(json) as Parameters<typeof scriptMachineSetup.createMachine>[0];
    const exported = scriptMachineSetup.createMachine(config) as unknown as ReturnType<
      typeof compileScript
    >;
    const demande = script.steps.find((s) => s.id === 'demande');
    const identite = script.steps.find((s) => s.id === 'reponse-identite');
    if (demande?.kind !== 'customer' || identite?.kind !== 'customer') throw new Error('fixture');
    // Through the wrong-identity branch twice: `tentatives` is added to, then the guard refuses.
    const events: ScriptEvent[] = [
      { type: 'agent.turn', moves: ['greet'] },
      { type: `reaction.${demande.reactions[0]?.id ?? ''}` },
      { type: 'agent.turn', moves: ['verify_identity'] },
      { type: 'unforeseen' },
      { type: 'agent.turn', moves: ['verify_identity'] },
      { type: 'unforeseen' },
    ];
    const app = walk(compileScript(script), events);
    expect(walk(exported, events)).toEqual(app);
    expect(app.steps.at(-1)).toBe('refus-securite');
    expect(app.values).toEqual({ tentatives: 2 });
  });

  it('writes the start values, step titles as descriptions, and outcomes as final states', () => {
    const script = exampleScript();
    const config = JSON.parse(toXStateJson(script)) as {
      id: string;
      context: unknown;
      states: Record<
        string,
        { type?: string; description?: string; states?: Record<string, { description?: string }> }
      >;
    };
    expect(config.id).toBe(script.id);
    expect(config.context).toEqual({ values: { tentatives: 0 }, resumeAt: null });
    const resolu = script.steps.find((s) => s.id === 'resolu');
    expect(config.states.resolu).toMatchObject({ type: 'final', description: resolu?.title });
    const accueil = script.steps.find((s) => s.id === 'accueil');
    expect(config.states._call?.states?.accueil?.description).toBe(accueil?.title);
    expect(toXStateJson(script).endsWith('}\n')).toBe(true);
  });

  it('refuses a script with no start step, as the compiler does', () => {
    const script = exampleScript();
    const noStart = { ...script, steps: script.steps.map(({ start: _s, ...step }) => step) };
    expect(() => toXStateJson(noStart)).toThrow(ScriptCompileError);
  });
});
