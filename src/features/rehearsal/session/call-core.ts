import { createActor } from 'xstate';
import { identityVerified } from '@/domain/customer/identity-verified';
import type { Rubric } from '@/domain/scoring/rubric-schema';
import { sessionMachine, type SessionEvent } from '@/domain/session/session-machine';
import { stageView, type StageView } from '@/domain/session/session-views';
import type {
  SessionConfig,
  SessionDependencies,
  TranscriptTurn,
} from '@/domain/session/session.types';
import { scoreEndedSession } from './score';
import { progressOf, resumeSnapshot } from './engine-snapshot';
import type { CallProgress } from './session-snapshot';

// One call's engine (the ear, the customer's reply, the score at the end) behind plain data in
// and out, so the same code runs in the call's worker (call.worker.ts) or, without one, in the
// page (call-engine.ts).

/**
 * Where the call stands when the engine takes it over: as stored (none yet for a call about to
 * be picked up), plus what the stage shows.
 */
export interface CallStart {
  config: SessionConfig;
  progress: Omit<CallProgress, 'scoreCard'> | null;
  agentName: string;
  openingTurns: number | undefined;
  rubric: Rubric | null;
}

/** What the stage needs after each event, as plain data. */
export interface CallUpdate {
  progress: Omit<CallProgress, 'transcript'>;
  /** The transcript's turns from index `from` on: those the previous update did not carry. */
  from: number;
  turns: TranscriptTurn[];
  view: StageView;
  verified: boolean;
}

export interface CallCore {
  send(event: SessionEvent): CallUpdate;
  /** The call as it stands, no event played: what the stage shows when it opens. */
  current(): CallUpdate;
  /** The whole call after the last event, as the writer stores it. */
  progress(): CallProgress;
  stop(): void;
}

export function createCallCore(start: CallStart, deps: SessionDependencies): CallCore {
  const { config, agentName, openingTurns, rubric } = start;
  const actor = createActor(sessionMachine, {
    ...(start.progress ? { snapshot: resumeSnapshot(start.progress, config, deps) } : {}),
    input: { config, deps },
  }).start();
  let shown: readonly TranscriptTurn[] = start.progress?.transcript ?? [];
  // The progress of the snapshot last read: an update and the writer share it (scored once).
  let latest: { snapshot: unknown; progress: CallProgress } | null = null;
  const progressNow = (): CallProgress => {
    const snapshot = actor.getSnapshot();
    if (latest?.snapshot !== snapshot)
      latest = {
        snapshot,
        progress: progressOf(snapshot, (ended) => scoreEndedSession(ended, rubric)),
      };
    return latest.progress;
  };
  const update = (): CallUpdate => {
    const session = actor.getSnapshot().context.session;
    const { transcript, ...progress } = progressNow();
    // Turns are appended, never changed; comparing them still costs nothing and keeps the
    // page's copy right if one ever were.
    let from = 0;
    while (from < shown.length && from < transcript.length && shown[from] === transcript[from])
      from += 1;
    shown = transcript;
    return {
      progress,
      from,
      turns: transcript.slice(from),
      view: stageView(session, agentName, openingTurns),
      verified: identityVerified(session),
    };
  };
  return {
    send(event) {
      actor.send(event);
      return update();
    },
    current: update,
    progress: progressNow,
    stop: () => actor.stop(),
  };
}

/**
 * Plays a throwaway copy of the call with the script's own exemplary agent lines, one per task,
 * while the agent reads the opening. A new worker's engine is cold: its first lines cost several
 * times a warm one (lazy compilation, V8's inline caches), and the agent's first replies of every
 * call would pay for it. The copy writes nothing and is dropped; `stop` ends it at the first real
 * event, which is never kept waiting for more than one line of it.
 */
export function warmUpCall(
  start: CallStart,
  deps: SessionDependencies,
  lines = 4,
): { stop(): void; done: Promise<void> } {
  const texts = start.config.script.steps
    .flatMap((step) => (step.kind === 'agent' ? step.lines.map((line) => line.text) : []))
    .slice(0, lines);
  let stopped = false;
  const done = new Promise<void>((finished) => {
    let copy: CallCore | null = null;
    const next = (index: number) => {
      if (stopped || index >= texts.length) {
        copy?.stop();
        return finished();
      }
      copy ??= createCallCore(start, deps);
      copy.send({ type: 'AGENT_LINE', text: texts[index] as string });
      setTimeout(() => next(index + 1));
    };
    setTimeout(() => next(0));
  });
  return {
    stop: () => {
      stopped = true;
    },
    done,
  };
}
