import { useActorRef, useSelector } from '@xstate/react';
import { useMemo, useRef, useState } from 'react';
import { sessionMachine, type SessionEvent } from '@/domain/session/session-machine';
import { stageView } from '@/domain/session/session-views';
import type { Rubric } from '@/domain/scoring/rubric-schema';
import { scoreEndedSession } from '../session/score';
import { createSessionWriter, type SaveState } from '../session/session-writer';
import { machineStateOf } from '../session/session-snapshot';
import type { OpenedSession } from '../session/session-service';
import { markAgentLineSent } from './reply-latency';
import { ANNOUNCED_HOLD_SECONDS, DEAD_AIR_SECONDS } from './stage-timing';
import { useCallClock } from './use-call-clock';

type ReadySession = Extract<OpenedSession, { kind: 'ready' }>;

/**
 * Drives one call: the session machine as an actor, every change written as it happens, the
 * call clock, hold timing and dead air. Components read what it returns and call its actions.
 */
export function useStageController(opened: ReadySession, agentName: string, rubric: Rubric | null) {
  const actor = useActorRef(sessionMachine, {
    snapshot: opened.snapshot,
    input: { config: opened.config, deps: opened.deps },
  });
  const session = useSelector(actor, (snapshot) => snapshot.context.session);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [savedTurns, setSavedTurns] = useState(opened.turns.length);
  const [writer] = useState(() =>
    createSessionWriter(
      opened.record,
      opened.turns.length,
      (state, turns) => {
        setSaveState(state);
        setSavedTurns(turns);
      },
      (ended) => scoreEndedSession(ended, rubric),
    ),
  );
  // A turn (the customer's reply included) is shown once it is on disk: a crash cannot take
  // back what the agent saw. When storage fails the call goes on from memory, banner shown.
  const transcript = useMemo(
    () => (saveState === 'failed' ? session.transcript : session.transcript.slice(0, savedTurns)),
    [session.transcript, savedTurns, saveState],
  );
  // The call's length as the end screen shows it: fixed when the call ends.
  const [endSeconds, setEndSeconds] = useState(opened.record.elapsedSeconds);
  const lastActivity = useRef(performance.now());
  const holdStartedAt = useRef<number | null>(null);
  const running = session.status !== 'ended';

  // Dead air is checked on the clock's tick: no agent line (nor keystroke) for a while.
  const clock = useCallClock(opened.record.elapsedSeconds, running, () => {
    const silentFor = (performance.now() - lastActivity.current) / 1000;
    if (actor.getSnapshot().context.session.status !== 'in_call') return;
    if (silentFor < DEAD_AIR_SECONDS) return;
    lastActivity.current = performance.now();
    send({ type: 'DEAD_AIR', seconds: DEAD_AIR_SECONDS });
  });

  function send(event: SessionEvent) {
    const wasRunning = actor.getSnapshot().context.session.status !== 'ended';
    actor.send(event);
    const snapshot = actor.getSnapshot();
    const seconds = clock.elapsed();
    if (wasRunning && snapshot.context.session.status === 'ended') setEndSeconds(seconds);
    void writer.write(snapshot.context.session, machineStateOf(snapshot), seconds);
  }

  const openingTurns = rubric?.thresholds.openingTurns;
  const view = useMemo(
    () => stageView(session, agentName, openingTurns),
    [session, agentName, openingTurns],
  );
  return {
    session,
    view,
    transcript,
    saveState,
    scoreCard: opened.record.scoreCard,
    /** Seconds since the call began, read by the on-screen clock (the stage keeps no tick). */
    elapsed: clock.elapsed,
    running,
    endSeconds,
    /** Typing counts as speaking: dead air is measured from the last keystroke or line. */
    noteActivity: () => {
      lastActivity.current = performance.now();
    },
    say: (text: string) => {
      markAgentLineSent(opened.record.id);
      lastActivity.current = performance.now();
      send({ type: 'AGENT_LINE', text });
    },
    prompter: () => send({ type: 'PROMPTER' }),
    hold: () => {
      holdStartedAt.current = performance.now();
      send({ type: 'HOLD', announcedSeconds: ANNOUNCED_HOLD_SECONDS });
    },
    resume: () => {
      const since = holdStartedAt.current ?? performance.now();
      holdStartedAt.current = null;
      lastActivity.current = performance.now();
      send({ type: 'RESUME', elapsedSeconds: Math.round((performance.now() - since) / 1000) });
    },
    transfer: () => send({ type: 'TRANSFER' }),
    hangUp: () => send({ type: 'HANG_UP' }),
  };
}
