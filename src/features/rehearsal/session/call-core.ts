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
import { progressOf, resumeSnapshot, type CallProgress } from './session-snapshot';

// One call's engine (the ear, the customer's reply, the score at the end) behind plain data in
// and out, so the same code runs in the call's worker (call.worker.ts) or, without one, in the
// page (call-engine.ts).

/** Where the call stands when the engine takes it over: as stored, plus what the stage shows. */
export interface CallStart {
  config: SessionConfig;
  progress: Omit<CallProgress, 'scoreCard'>;
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
  /** The whole call after the last event, as the writer stores it. */
  progress(): CallProgress;
  stop(): void;
}

export function createCallCore(start: CallStart, deps: SessionDependencies): CallCore {
  const { config, agentName, openingTurns, rubric } = start;
  const actor = createActor(sessionMachine, {
    snapshot: resumeSnapshot(start.progress, config, deps),
    input: { config, deps },
  }).start();
  let shown: readonly TranscriptTurn[] = start.progress.transcript;
  let latest: CallProgress = start.progress;
  return {
    send(event) {
      actor.send(event);
      const snapshot = actor.getSnapshot();
      const session = snapshot.context.session;
      latest = progressOf(snapshot, (ended) => scoreEndedSession(ended, rubric));
      const { transcript, ...progress } = latest;
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
    },
    progress: () => latest,
    stop: () => actor.stop(),
  };
}
