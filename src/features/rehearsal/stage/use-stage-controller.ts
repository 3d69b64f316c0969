import { useEffect, useMemo, useRef, useState } from 'react';
import type { SessionEvent } from '@/domain/session/session-machine';
import type { StageView } from '@/domain/session/session-views';
import type { SessionState } from '@/domain/session/session.types';
import type { Rubric } from '@/domain/scoring/rubric-schema';
import type { ScoreCard } from '@/domain/scoring/score-card.types';
import { openCallEngine, type CallEngine, type LiveUpdate } from '../session/call-engine';
import { createSessionWriter, type SaveState } from '../session/session-writer';
import type { CallProgress } from '../session/session-snapshot';
import type { OpenedSession } from '../session/session-service';
import { markAgentLineSent } from './reply-latency';
import { ANNOUNCED_HOLD_SECONDS, DEAD_AIR_SECONDS } from './stage-timing';
import { useCallClock } from './use-call-clock';

type ReadySession = Extract<OpenedSession, { kind: 'ready' }>;

interface LiveCall {
  /** The call as the stage reads it (its script position is the stored form, not a live one). */
  session: SessionState;
  view: StageView;
  verified: boolean;
  scoreCard: ScoreCard | null | undefined;
}

function liveCall(opened: ReadySession, update: LiveUpdate): LiveCall {
  const { engine, transcript, scoreCard } = update.progress;
  return {
    session: { ...engine, config: opened.config, transcript: [...transcript] },
    view: update.view,
    verified: update.verified,
    scoreCard: scoreCard ?? opened.record.scoreCard,
  };
}

/**
 * Drives one call: its engine (in a worker of its own, call-engine.ts), every change written as
 * it happens, the call clock, hold timing and dead air. Components read what it returns and call
 * its actions; the page only draws while the engine thinks.
 */
export function useStageController(opened: ReadySession, agentName: string, rubric: Rubric | null) {
  const openingTurns = rubric?.thresholds.openingTurns;
  // What the stage shows until the engine answers: the call as opened (its engine said how).
  const [call, setCall] = useState<LiveCall>(() => ({
    session: opened.session,
    view: opened.view,
    verified: opened.verified,
    scoreCard: opened.record.scoreCard,
  }));
  const latest = useRef(call);
  // The call as last answered, as the engine takes it over.
  const progress = useRef<CallProgress | null>(null);
  const engine = useRef<CallEngine | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [savedTurns, setSavedTurns] = useState(opened.turns.length);
  const [writer] = useState(() =>
    createSessionWriter(opened.record, opened.turns.length, (state, turns) => {
      setSaveState(state);
      setSavedTurns(turns);
    }),
  );
  const session = call.session;
  const running = session.status !== 'ended';
  useEffect(() => {
    if (!running) return;
    // Started from the call as it stands (a remount carries on, it does not go back).
    // The engine that opened the call is taken over (kept for this session), else a new one.
    const started = openCallEngine(
      {
        config: opened.config,
        progress: (progress.current ??= opened.progress),
        agentName,
        openingTurns,
        rubric,
      },
      opened.record.id,
      // From here on the engine writes each change before answering (in its worker).
      writer,
    );
    engine.current = started;
    return () => {
      started.close();
      if (engine.current === started) engine.current = null;
    };
    // One engine per call: the stage is keyed by the session, and the call's documents are fixed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [running]);

  // A turn (the customer's reply included) is shown once it is on disk: a crash cannot take
  // back what the agent saw. When storage fails the call goes on from memory, banner shown.
  // The engine answers once its change is written, so a reply and its save come in one render.
  const failed = saveState === 'failed';
  const transcript = useMemo(
    () => (failed ? session.transcript : session.transcript.slice(0, savedTurns)),
    [session.transcript, savedTurns, failed],
  );
  // The call's length as the end screen shows it: fixed when the call ends.
  const [endSeconds, setEndSeconds] = useState(opened.record.elapsedSeconds);
  // Set when the stage mounts (below): render stays pure.
  const lastActivity = useRef(0);
  const holdStartedAt = useRef<number | null>(null);
  // Dead air is checked on the clock's tick (no agent line nor keystroke for a while); the check
  // sends through the actions, made after the clock whose time they read.
  const deadAirCheck = useRef(() => {});
  const clock = useCallClock(opened.record.elapsedSeconds, running, () => deadAirCheck.current());

  // Made once: everything they read is a ref, a setter or fixed for the call (the clock's
  // `elapsed` too), so they keep their identity and the memoised parts of the stage (the agent's
  // line, the controls) are not drawn again when the stage is (a reply, a save state).
  const [actions] = useState(() => {
    const elapsed = clock.elapsed;
    const send = (event: SessionEvent) => {
      const target = engine.current;
      if (!target) return;
      // The call's length when the agent acted, not when the engine answered.
      const seconds = elapsed();
      // « Enregistrement… » from now until the answer (in the same render as the line emptied).
      writer.pending();
      // The answer comes once the change is written; the writer has told the save state.
      target.send(event, seconds).then(
        (update) => {
          const wasRunning = latest.current.session.status !== 'ended';
          const next = liveCall(opened, update);
          latest.current = next;
          progress.current = update.progress;
          setCall(next);
          if (wasRunning && next.session.status === 'ended') setEndSeconds(seconds);
        },
        (error: unknown) => console.error('[coulisses] the call engine refused an event', error),
      );
    };
    return {
      send,
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
  });

  useEffect(() => {
    lastActivity.current = performance.now();
    deadAirCheck.current = () => {
      const silentFor = (performance.now() - lastActivity.current) / 1000;
      if (latest.current.session.status !== 'in_call') return;
      if (silentFor < DEAD_AIR_SECONDS) return;
      lastActivity.current = performance.now();
      actions.send({ type: 'DEAD_AIR', seconds: DEAD_AIR_SECONDS });
    };
  }, [actions]);

  return {
    session,
    view: call.view,
    verified: call.verified,
    transcript,
    saveState,
    scoreCard: call.scoreCard,
    /** Seconds since the call began, read by the on-screen clock (the stage keeps no tick). */
    elapsed: clock.elapsed,
    running,
    endSeconds,
    noteActivity: actions.noteActivity,
    say: actions.say,
    prompter: actions.prompter,
    hold: actions.hold,
    resume: actions.resume,
    transfer: actions.transfer,
    hangUp: actions.hangUp,
  };
}
