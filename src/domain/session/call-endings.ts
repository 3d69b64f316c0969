import { currentStep, type ScriptSnapshot } from './script-cursor';
import { withSystemTurn } from './engine-turns';
import type { SessionOutcome, SessionState, TurnEvent } from './session.types';

// How a call ends other than by the script's own outcome: a transfer, the agent hanging up,
// the session left.

function end(state: SessionState, outcome: SessionOutcome, events: TurnEvent[]): SessionState {
  if (state.status === 'ended') return state;
  return withSystemTurn(
    state,
    [...events, { type: 'outcome', code: outcome.code, success: outcome.success }],
    {
      status: 'ended',
      outcome,
    },
  );
}

/** The agent transfers the call; it counts as a success only where the script expects one. */
export function transferCall(state: SessionState): SessionState {
  const step = currentStep(state.config.script, state.scriptSnapshot as ScriptSnapshot);
  const expected = step?.kind === 'agent' && step.expectedMoves.includes('transfer');
  return end(state, { code: 'transferred', success: expected, reason: 'transferred' }, [
    { type: 'transfer' },
  ]);
}

/**
 * The agent ends the call before the script's end: proper after a DESC limit, or after a
 * goodbye once the call had reached its closing phase — not after a goodbye mid-call.
 */
export function agentHangsUp(state: SessionState): SessionState {
  const lastAgent = [...state.transcript].reverse().find((turn) => turn.speaker === 'agent');
  const said = new Set(lastAgent?.moves.map((move) => move.id));
  const proper = said.has('set_limit') || (said.has('close') && lastAgent?.phase === 'conclusion');
  return end(state, { code: 'agent_hung_up', success: proper, reason: 'agent_hung_up' }, [
    { type: 'hang_up', by: 'agent' },
  ]);
}

/** The session stopped without an ending (the agent left, or the lines ran out). */
export function abandonSession(state: SessionState): SessionState {
  return end(state, { code: 'abandoned', success: false, reason: 'abandoned' }, []);
}
