import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { compileScript } from '@/domain/script/script-compiler';
import { currentStepId, type ScriptSnapshot } from '@/domain/script/script-graph';
import type { ScriptEvent } from '@/domain/script/script-machine-setup';
import { scriptSchema, type Script } from '@/domain/script/script-schema';
import { minimalBundle } from '../../../fixtures/scripts/rule-cases';

const minimal = (): Script => scriptSchema.parse(minimalBundle().script);

/** Sends events one by one from the initial snapshot; returns the step id after each. */
function play(script: Script, events: ScriptEvent[]): { steps: string[]; last: ScriptSnapshot } {
  const machine = compileScript(script);
  let [snapshot] = initialTransition(machine, {});
  const steps = [currentStepId(snapshot) ?? '(aside)'];
  for (const event of events) {
    [snapshot] = transition(machine, snapshot, event);
    steps.push(currentStepId(snapshot) ?? '(aside)');
  }
  return { steps, last: snapshot };
}

describe('compileScript', () => {
  it('starts at the start step, with tags for kind, phase and flags, and the step in meta', () => {
    const machine = compileScript(minimal());
    const [snapshot] = initialTransition(machine, {});
    expect(currentStepId(snapshot)).toBe('accueil');
    expect(snapshot.hasTag('kind:agent')).toBe(true);
    expect(snapshot.hasTag('phase:accueil')).toBe(true);
    expect(snapshot.hasTag('compliance:recording_notice')).toBe(true);
    expect(snapshot.hasTag('throughline')).toBe(true);
    const meta = snapshot.getMeta() as Record<string, { step: { id: string } }>;
    expect(Object.values(meta).map((m) => m.step.id)).toEqual(['accueil']);
  });

  it('agent steps move on an agent turn; customer steps on their reactions', () => {
    const { steps } = play(minimal(), [
      { type: 'agent.turn', moves: ['greet'] },
      { type: 'reaction.ok' },
      { type: 'agent.turn' },
    ]);
    expect(steps).toEqual(['accueil', 'demande', 'verification', 'solde']);
  });

  it('a customer step ignores agent turns and falls back to otherwise on an unforeseen turn', () => {
    const { steps } = play(minimal(), [
      { type: 'agent.turn' },
      { type: 'agent.turn' },
      { type: 'unforeseen' },
    ]);
    expect(steps).toEqual(['accueil', 'demande', 'demande', 'verification']);
  });

  it('an agent transition with onMove is taken only when the turn makes that move', () => {
    const toBalance: ScriptEvent[] = [
      { type: 'agent.turn' },
      { type: 'reaction.ok' },
      { type: 'agent.turn' },
    ];
    const transferred = play(minimal(), [
      ...toBalance,
      { type: 'agent.turn', moves: ['transfer'] },
    ]);
    expect(transferred.steps.at(-1)).toBe('transfere');
    const closed = play(minimal(), [...toBalance, { type: 'agent.turn', moves: ['close'] }]);
    expect(closed.steps.at(-1)).toBe('fin');
  });

  it('outcomes are top-level final states', () => {
    const { last } = play(minimal(), [
      { type: 'agent.turn' },
      { type: 'reaction.ok' },
      { type: 'agent.turn' },
      { type: 'agent.turn' },
    ]);
    expect(last.status).toBe('done');
    expect(last.value).toBe('fin');
    expect(last.hasTag('kind:outcome')).toBe(true);
  });

  it('decision steps branch on guarded variables, and assignments update them', () => {
    // First refusal: the decision loops back (relances 0 → 1); second: the customer is lost.
    const first = play(minimal(), [{ type: 'agent.turn' }, { type: 'reaction.non' }]);
    expect(first.steps).toEqual(['accueil', 'demande', 'accueil']);
    expect(first.last.context.values).toEqual({ relances: 1 });
    const second = play(minimal(), [
      { type: 'agent.turn' },
      { type: 'reaction.non' },
      { type: 'agent.turn' },
      { type: 'reaction.non' },
    ]);
    expect(second.last.value).toBe('perdu');
  });

  it('clamps number variables to their bounds', () => {
    const script = minimal();
    const decision = script.steps.find((s) => s.id === 'relance');
    if (decision?.kind !== 'decision') throw new Error('fixture changed');
    decision.transitions[0] = {
      id: 't-relance-fin',
      to: 'perdu',
      guard: { variable: 'relances', op: 'gt', value: 5 },
    };
    const events: ScriptEvent[] = [];
    for (let i = 0; i < 5; i += 1) events.push({ type: 'agent.turn' }, { type: 'reaction.non' });
    expect(play(script, events).last.context.values).toEqual({ relances: 2 });
  });

  it('after an aside the call resumes at the last throughline step passed', () => {
    const { steps, last } = play(minimal(), [
      { type: 'agent.turn' },
      { type: 'aside.start', derailment: 'outburst' },
      { type: 'reaction.ok' },
      { type: 'aside.end' },
    ]);
    // "accueil" is the throughline: the call comes back to it, not to "demande".
    expect(steps).toEqual(['accueil', 'demande', '(aside)', '(aside)', 'accueil']);
    expect(last.context.resumeAt).toBe('accueil');
  });

  it('without any throughline step passed, an aside resumes exactly where it left', () => {
    const script = minimal();
    for (const s of script.steps) delete s.throughline;
    const { steps } = play(script, [
      { type: 'agent.turn' },
      { type: 'aside.start' },
      { type: 'aside.end' },
    ]);
    expect(steps).toEqual(['accueil', 'demande', '(aside)', 'demande']);
  });

  it('contains no timers or invoked actors, so xstate/graph can traverse it', () => {
    const machine = compileScript(minimal());
    const json = JSON.stringify(machine.definition);
    expect(json).not.toContain('xstate.after'); // how delayed transitions appear in a definition
    expect(json).not.toContain('"invoke":[{');
  });
});
