import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { sessionMachine } from '@/domain/session/session-machine';
import { stageView } from '@/domain/session/session-views';
import { lectureChoices } from '@/domain/session/lecture-choices';
import { createRandom } from '@/domain/random/seeded-random';
import { exampleBrand, exampleScript, fakePersona, realDeps } from './session-fixtures';

const script = exampleScript();
const brand = exampleBrand();
const deps = realDeps(brand);
const BAD_FLAGS = new Set(['banned_phrase', 'familiar_register', 'tutoiement', 'hedging']);
const persona = fakePersona({ type: 'cooperatif', temperament: { improvisation: 0 } });

function call(mode: 'lecture' | 'filage' = 'filage') {
  const actor = createActor(sessionMachine, {
    input: { config: { script, persona, brand, mode, seed: 5 }, deps },
  }).start();
  actor.send({ type: 'ANSWER' });
  return actor;
}
const session = (actor: ReturnType<typeof call>) => actor.getSnapshot().context.session;

describe('session lifecycle machine', () => {
  it('rings, then waits for the agent at the start step', () => {
    const actor = createActor(sessionMachine, {
      input: { config: { script, persona, brand, mode: 'filage', seed: 1 }, deps },
    }).start();
    expect(actor.getSnapshot().value).toBe('ringing');
    actor.send({ type: 'ANSWER' });
    expect(actor.getSnapshot().value).toBe('inCall');
    expect(stageView(session(actor), 'Julie')).toMatchObject({
      stepId: 'accueil',
      phase: 'accueil',
      waitingFor: 'agent',
    });
  });

  it('a hold longer than announced irritates the customer, who says so', () => {
    const onTime = call();
    onTime.send({ type: 'HOLD', announcedSeconds: 120 });
    expect(onTime.getSnapshot().value).toBe('onHold');
    onTime.send({ type: 'RESUME', elapsedSeconds: 100 });
    const late = call();
    late.send({ type: 'HOLD', announcedSeconds: 60 });
    late.send({ type: 'RESUME', elapsedSeconds: 240 });
    expect(late.getSnapshot().value).toBe('inCall');
    expect(session(late).mood.irritation).toBeGreaterThan(session(onTime).mood.irritation);
    const events = session(late).transcript.flatMap((turn) => turn.events);
    expect(events).toContainEqual({ type: 'hold_ended', elapsedSeconds: 240, overrunSeconds: 180 });
    expect(session(late).transcript.at(-1)?.speaker).toBe('customer');
  });

  it('dead air is an event the customer reacts to', () => {
    const actor = call();
    const before = session(actor).mood.irritation;
    actor.send({ type: 'DEAD_AIR', seconds: 20 });
    expect(session(actor).mood.irritation).toBeGreaterThan(before);
    expect(session(actor).transcript.at(-1)?.text).toMatch(/Allô|là|entends/u);
  });

  it('records every use of the prompter', () => {
    const actor = call();
    actor.send({ type: 'PROMPTER' });
    actor.send({ type: 'PROMPTER' });
    expect(session(actor).prompterUses).toBe(2);
    expect(stageView(session(actor), 'Julie').prompter?.expectedMoves).toContain('greet');
  });

  it('transfer and hang-up end the call with an outcome', () => {
    const transferred = call();
    transferred.send({ type: 'TRANSFER' });
    expect(transferred.getSnapshot().status).toBe('done');
    expect(session(transferred).outcome).toMatchObject({
      code: 'transferred',
      reason: 'transferred',
    });
    const hungUp = call();
    hungUp.send({ type: 'HANG_UP' });
    expect(session(hungUp).outcome).toMatchObject({ code: 'agent_hung_up', success: false });
    hungUp.send({ type: 'AGENT_LINE', text: 'Allô ?' });
    expect(session(hungUp).transcript.filter((turn) => turn.speaker === 'agent')).toHaveLength(0);
  });

  it('offers three lines in a read-through: the best one and two mistakes', () => {
    const view = stageView(session(call('lecture')), 'Julie');
    expect(view.choices.map((choice) => choice.quality).sort()).toEqual([
      'best',
      'mistake',
      'mistake',
    ]);
    const best = view.choices.find((choice) => choice.quality === 'best')?.text ?? '';
    // Where the author wrote an exemplary line, it is the best choice (the validator keeps it
    // on-brand), said with the playing agent's own name in the agent slot.
    const accueil = script.steps.find((step) => step.id === 'accueil');
    expect(
      accueil?.kind === 'agent' &&
        accueil.lines.map((line) => line.text.replace('{conseiller}', 'Julie')),
    ).toContain(best);
    const flagsOf = (text: string) =>
      deps
        .analyse(text, { context: { customerFirstName: 'Rémi', customerLastName: 'Garnier' } })
        .flags.map((flag) => flag.id);
    const mistakes = view.choices.filter((choice) => choice.quality === 'mistake');
    expect(mistakes.some((choice) => flagsOf(choice.text).some((id) => BAD_FLAGS.has(id)))).toBe(
      true,
    );
    expect(stageView(session(call('filage')), 'Julie').choices).toEqual([]);
  });

  it('generates a best line from the expected moves when the author wrote none', () => {
    const random = createRandom(3);
    for (const step of script.steps) {
      if (step.kind !== 'agent') continue;
      const choices = lectureChoices({ ...step, lines: [] }, brand, persona, 'Julie', random);
      const best = choices.find((choice) => choice.quality === 'best')?.text ?? '';
      const flagsOf = (text: string) =>
        deps
          .analyse(text, { context: { customerFirstName: 'Rémi', customerLastName: 'Garnier' } })
          .flags.map((flag) => flag.id);
      expect(best, step.id).not.toBe('');
      expect(
        flagsOf(best).filter((id) => BAD_FLAGS.has(id)),
        step.id,
      ).toEqual([]);
    }
  });
});
