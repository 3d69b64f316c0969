import { assign, setup } from 'xstate';
import { abandonSession, agentHangsUp, transferCall } from './call-endings';
import { agentSays, notePrompterUse, startSession } from './session-engine';
import { deadAir, putOnHold, resumeFromHold } from './silence-and-hold';
import type { SessionConfig, SessionDependencies, SessionState } from './session.types';

/** What the stage (or the CLI) sends. Timers live outside: dead air and hold times arrive as data. */
export type SessionEvent =
  | { type: 'ANSWER' }
  | { type: 'AGENT_LINE'; text: string }
  | { type: 'DEAD_AIR'; seconds: number }
  | { type: 'PROMPTER' }
  | { type: 'HOLD'; announcedSeconds: number }
  | { type: 'RESUME'; elapsedSeconds: number }
  | { type: 'TRANSFER' }
  | { type: 'HANG_UP' }
  | { type: 'ABANDON' };

export interface SessionMachineContext {
  session: SessionState;
  deps: SessionDependencies;
}

/**
 * The call's lifecycle: ringing → in call ⇄ on hold → ended. The machine decides *when*; the
 * pure engine functions decide *what* the customer does and how the mood moves.
 */
export const sessionMachine = setup({
  types: {
    context: {} as SessionMachineContext,
    events: {} as SessionEvent,
    input: {} as { config: SessionConfig; deps: SessionDependencies },
  },
  guards: {
    callEnded: ({ context }) => context.session.status === 'ended',
  },
  actions: {
    agentLine: assign({
      session: ({ context, event }) =>
        event.type === 'AGENT_LINE'
          ? agentSays(context.session, event.text, context.deps)
          : context.session,
    }),
    deadAir: assign({
      session: ({ context, event }) =>
        event.type === 'DEAD_AIR' ? deadAir(context.session, event.seconds) : context.session,
    }),
    prompter: assign({ session: ({ context }) => notePrompterUse(context.session) }),
    hold: assign({
      session: ({ context, event }) =>
        event.type === 'HOLD'
          ? putOnHold(context.session, event.announcedSeconds)
          : context.session,
    }),
    resume: assign({
      session: ({ context, event }) =>
        event.type === 'RESUME'
          ? resumeFromHold(context.session, event.elapsedSeconds)
          : context.session,
    }),
    transfer: assign({ session: ({ context }) => transferCall(context.session) }),
    hangUp: assign({ session: ({ context }) => agentHangsUp(context.session) }),
    abandon: assign({ session: ({ context }) => abandonSession(context.session) }),
  },
}).createMachine({
  id: 'session',
  initial: 'ringing',
  context: ({ input }) => ({ session: startSession(input.config), deps: input.deps }),
  states: {
    ringing: {
      on: { ANSWER: 'inCall', ABANDON: { target: 'ended', actions: 'abandon' } },
    },
    inCall: {
      always: { guard: 'callEnded', target: 'ended' },
      on: {
        AGENT_LINE: { actions: 'agentLine' },
        DEAD_AIR: { actions: 'deadAir' },
        PROMPTER: { actions: 'prompter' },
        HOLD: { target: 'onHold', actions: 'hold' },
        TRANSFER: { target: 'transferred', actions: 'transfer' },
        HANG_UP: { target: 'ended', actions: 'hangUp' },
        ABANDON: { target: 'ended', actions: 'abandon' },
      },
    },
    onHold: {
      on: {
        RESUME: { target: 'inCall', actions: 'resume' },
        HANG_UP: { target: 'ended', actions: 'hangUp' },
        ABANDON: { target: 'ended', actions: 'abandon' },
      },
    },
    transferred: { type: 'final', tags: ['ended'] },
    ended: { type: 'final', tags: ['ended'] },
  },
});
