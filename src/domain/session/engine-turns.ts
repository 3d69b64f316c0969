import { createRandom, type Random } from '../random/seeded-random';
import { currentStep, type ScriptSnapshot } from './script-cursor';
import type { SessionState, TranscriptTurn, TurnEvent } from './session.types';

// Turns the engine writes itself: a system turn for what happens without words (silence, hold,
// outcome), and a customer line said outside the reply (after silence or a hold).

/** The draws of turn `n`: a stream of its own, so replays match whatever happened before. */
export function turnRandom(state: SessionState): Random {
  return createRandom(state.config.seed).fork(`turn:${state.transcript.length}`);
}

export function systemTurn(state: SessionState, events: TurnEvent[]): TranscriptTurn {
  const step = currentStep(state.config.script, state.scriptSnapshot as ScriptSnapshot);
  return {
    index: state.transcript.length,
    speaker: 'system',
    text: '',
    moves: [],
    flags: [],
    mood: state.mood,
    events,
    step: step?.id ?? null,
    phase: step?.phase ?? null,
  };
}

export function withSystemTurn(
  state: SessionState,
  events: TurnEvent[],
  patch: Partial<SessionState>,
): SessionState {
  const next = { ...state, ...patch };
  return { ...next, transcript: [...state.transcript, systemTurn(next, events)] };
}

export function appendCustomerLine(state: SessionState, text: string): SessionState {
  const turn = { ...systemTurn(state, []), speaker: 'customer' as const, text };
  return {
    ...state,
    transcript: [...state.transcript, turn],
    memory: { ...state.memory, said: [...state.memory.said, text] },
  };
}
