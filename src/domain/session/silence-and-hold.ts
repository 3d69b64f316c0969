import { appraiseEvent } from '../customer/appraisal';
import { fillerLine } from '../customer/customer-lines';
import { updateMood } from '../customer/mood';
import { customerReplies } from './customer-reply';
import { appendCustomerLine, turnRandom, withSystemTurn } from './engine-turns';
import type { SessionState } from './session.types';

// What happens on the line without words: the agent's silence and the hold.

/** The agent said nothing for a while: the customer feels it and speaks up (or hangs up). */
export function deadAir(state: SessionState, seconds: number): SessionState {
  if (state.status !== 'in_call') return state;
  const mood = updateMood(
    state.mood,
    [appraiseEvent({ type: 'dead_air', seconds })],
    state.config.persona,
  );
  const noted = withSystemTurn(state, [{ type: 'dead_air', seconds }], { mood });
  if (mood.patience <= 0)
    return customerReplies(noted, {
      reading: null,
      quality: 0,
      requestedFacts: [],
      random: turnRandom(noted),
      advanced: false,
    });
  const line = fillerLine(
    'deadAir',
    state.config.persona,
    turnRandom(noted),
    new Set(state.memory.said),
  );
  return appendCustomerLine(noted, line);
}

/** The agent puts the customer on hold, announcing how long. */
export function putOnHold(state: SessionState, announcedSeconds: number): SessionState {
  if (state.status !== 'in_call') return state;
  return withSystemTurn(state, [{ type: 'hold_started', announcedSeconds }], {
    status: 'on_hold',
    hold: { announcedSeconds },
  });
}

/** The agent comes back: a hold longer than announced costs patience and irritates. */
export function resumeFromHold(state: SessionState, elapsedSeconds: number): SessionState {
  if (state.status !== 'on_hold' || !state.hold) return state;
  const overrunSeconds = Math.max(0, elapsedSeconds - state.hold.announcedSeconds);
  const mood =
    overrunSeconds > 0
      ? updateMood(
          state.mood,
          [appraiseEvent({ type: 'hold_overrun', seconds: overrunSeconds })],
          state.config.persona,
        )
      : state.mood;
  const back = withSystemTurn(state, [{ type: 'hold_ended', elapsedSeconds, overrunSeconds }], {
    status: 'in_call',
    hold: null,
    mood,
  });
  const said = new Set(state.memory.said);
  const line = fillerLine(
    overrunSeconds > 0 ? 'holdLate' : 'holdBack',
    state.config.persona,
    turnRandom(back),
    said,
  );
  return appendCustomerLine(back, line);
}
