// Words and mood from one state (issue 12, item 4), over seeded calls of every script × persona
// in both languages: the causes of « mood swings the words don't justify » found by reading
// sampled exchanges (a repeat thanked warmly, a furious customer satisfied by an undated
// promise, an insult answering an apology from a calm customer).
import { describe, expect, it } from 'vitest';
import { ANGER_THRESHOLD } from '@/domain/customer/aside-policy';
import { appraiseAgentTurn } from '@/domain/customer/appraisal';
import type { AgentTurnReading } from '@/domain/customer/customer.types';
import { findDeadline } from '@/domain/customer/deadline';
import { promiseReply, replyLine, type ReplyKind } from '@/domain/customer/reply-lines';
import { createRandom } from '@/domain/random/seeded-random';
import type { SessionState, TranscriptTurn } from '@/domain/session/session.types';
import { playCall, type Behaviour } from '../../../../tools/call-behaviours';
import { depsFor, loadLibrary } from '../../../../tools/call-library';
import { fakePersona } from './session-fixtures';

const SEEDS = [7, 8];
const RUDE = new Set(['insult', 'blame', 'tutoiement', 'ownership_refusal']);
const ANGRY = new Set(['outburst', 'manager_demand', 'legal_threat']);

const { scripts, personas, brands } = loadLibrary();
const calls = new Map<Behaviour, SessionState[]>();
function played(behaviour: Behaviour): SessionState[] {
  const known = calls.get(behaviour);
  if (known) return known;
  const sessions = scripts.flatMap((script) =>
    personas
      .filter((persona) => persona.language === script.language)
      .flatMap((persona) =>
        SEEDS.map((seed) =>
          playCall(
            {
              script,
              persona,
              brand: brands.find((brand) => brand.id === script.brand) ?? null,
              seed,
            },
            behaviour,
            depsFor(script),
          ),
        ),
      ),
  );
  calls.set(behaviour, sessions);
  return sessions;
}

/** Every agent line with the turn before it (the mood it was heard in) and the reply to it. */
function exchanges(session: SessionState) {
  const turns = session.transcript;
  return turns.flatMap((turn, i) => {
    const before = turns[i - 1];
    const reply = turns[i + 1];
    return turn.speaker === 'agent' && before && reply?.speaker === 'customer'
      ? [{ before, agent: turn, reply, previousAgent: turns.slice(0, i).findLast(isAgent) }]
      : [];
  });
}
const isAgent = (turn: TranscriptTurn) => turn.speaker === 'agent';
const rude = (turn: TranscriptTurn) => turn.flags.some((flag) => RUDE.has(flag.id));

/** Every line a customer may say for these reply kinds, in both languages. */
function linesOf(kinds: ReplyKind[]): string[] {
  const random = createRandom('lines');
  const lines = new Set<string>();
  for (const language of ['fr', 'en'] as const)
    for (const kind of kinds)
      for (let draw = 0; draw < 40; draw += 1)
        lines.add(replyLine(kind, fakePersona({ language }), random, new Set()));
  return [...lines];
}
const CONTENTED = linesOf(['commitmentTaken', 'granted']);
// « D'accord, merci » to a promise. (« Parfait, merci » to a pretext granted is the caller
// getting what they pressed for, whatever their mood.)
const THANKED = linesOf(['commitmentTaken']);

function reading(text: string, moves: string[]): AgentTurnReading {
  return {
    text,
    moves: moves.map((id) => ({ id, confidence: 1, evidence: text })),
    flags: [],
  } as unknown as AgentTurnReading;
}

describe('words and mood from one state', () => {
  it('calms nothing with a line the agent already said', () => {
    const persona = fakePersona();
    const line = reading("Je m'en occupe, vous aurez la réponse demain avant midi.", [
      'empathise',
      'commit',
    ]);
    const context = {
      persona,
      mood: { irritation: 60, trust: 30, patience: 50 },
      customerWaitingForAnswer: false,
      timesNamed: 0,
      askedAgain: false,
    };
    expect(appraiseAgentTurn(line, context).some((c) => c.effect === 'calm')).toBe(true);
    const again = appraiseAgentTurn(line, { ...context, repeated: true });
    expect(again.filter((c) => c.effect === 'calm')).toEqual([]);
  });

  it('answers a promise from the mood it was heard in', () => {
    expect(promiseReply('commitmentTaken', false, false)).toBe('commitmentTaken');
    expect(promiseReply('commitmentTaken', false, true)).toBe('promiseAwaited');
    expect(promiseReply('vaguePromise', false, true)).toBe('promiseDoubted');
    expect(promiseReply('vaguePromise', true, true)).toBe('promiseGuarded');
    expect(promiseReply('vaguePromise', true, false)).toBe('promiseNoted');
    expect(promiseReply('apologyReceived', false, true)).toBe('apologyReceived');
  });

  it('never lowers irritation, nor thanks warmly, for a word-for-word repeat', () => {
    const warmer: string[] = [];
    let repeats = 0;
    for (const session of played('skip_verification'))
      for (const { before, agent, reply, previousAgent } of exchanges(session)) {
        if (previousAgent?.text !== agent.text || rude(agent)) continue;
        repeats += 1;
        const settled = reply.events.some((event) => event.type === 'aside_handled');
        if (
          reply.mood.irritation < before.mood.irritation ||
          settled ||
          CONTENTED.some((line) => reply.text.includes(line))
        )
          warmer.push(
            `${session.config.script.id} × ${session.config.persona.id}: ${before.mood.irritation} → ${reply.mood.irritation} « ${reply.text} »`,
          );
      }
    expect(repeats).toBeGreaterThan(100);
    expect(warmer).toEqual([]);
  }, 600_000);

  it('never meets an undated promise to an angry customer with a contented thanks', () => {
    const contented: string[] = [];
    let promises = 0;
    for (const behaviour of ['attentive', 'skip_verification'] as const)
      for (const session of played(behaviour))
        for (const { before, agent, reply } of exchanges(session)) {
          const commits = agent.moves.some((move) => move.id === 'commit');
          const language = session.config.persona.language;
          if (!commits || findDeadline(agent.text, language) !== null || rude(agent)) continue;
          if (before.mood.irritation < ANGER_THRESHOLD) continue;
          promises += 1;
          if (THANKED.some((line) => reply.text.includes(line)))
            contented.push(`${session.config.script.id}: « ${agent.text} » → « ${reply.text} »`);
        }
    expect(promises).toBeGreaterThan(10);
    expect(contented).toEqual([]);
  }, 600_000);

  it('never answers an apology with anger from a customer who was not angry', () => {
    const flares: string[] = [];
    let apologies = 0;
    for (const session of played('attentive'))
      for (const { agent, reply } of exchanges(session)) {
        if (!agent.moves.some((move) => move.id === 'apologise') || rude(agent)) continue;
        apologies += 1;
        const angry = reply.events.some(
          (event) => event.type === 'aside_started' && ANGRY.has(event.aside),
        );
        if (angry && agent.mood.irritation < ANGER_THRESHOLD)
          flares.push(`${session.config.script.id}: ${agent.mood.irritation} « ${reply.text} »`);
      }
    expect(apologies).toBeGreaterThan(10);
    expect(flares).toEqual([]);
  }, 600_000);
});
