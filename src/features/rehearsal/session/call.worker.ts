// One call's engine off the main thread: the agent's line is analysed, the customer replies, the
// call is scored and each change is written to IndexedDB here, while the page only draws. The
// page shows a change once this worker answers, and it answers once the change is on disk (or
// the write has failed): what the agent sees survives a crash, and the page spends nothing on
// the write. The page starts one worker per call and ends it with the call, so what the engine
// allocated and compiled goes with it.
import { installShippedMoveModel } from '@/domain/language/move-classifier';
import type { SessionEvent } from '@/domain/session/session-machine';
import { createAppStorage } from '@/storage/app-storage';
import type { SessionRecord } from '@/storage/session-record';
import {
  analyserFor,
  decodeShippedMoveModel,
  dependenciesOf,
  type ShippedMoveModel,
} from '@/stores/shipped-move-model';
import {
  createCallCore,
  warmUpCall,
  type CallCore,
  type CallStart,
  type CallUpdate,
} from './call-core';
import { createSessionWriter, type SessionWriter, type WriteOutcome } from './session-writer';

/** Where the call is written: the page's database, and what it holds of the call already. */
export interface CallStorage {
  database: string;
  record: SessionRecord;
  savedTurns: number;
}

export type CallRequest =
  | { type: 'start'; start: CallStart; model: ShippedMoveModel; storage: CallStorage }
  | {
      type: 'event';
      id: number;
      event: SessionEvent;
      /** The call's length when the agent acted, and when (the record's `updatedAt`). */
      seconds: number;
      at: string;
    };

/**
 * An answer comes once its change is written (`outcome`), except the call's end: answered at
 * once, its outcome following in `written` once the disk has it (strict durability is slow).
 */
export type CallReply =
  | { type: 'answer'; id: number; update: CallUpdate; outcome?: WriteOutcome }
  | { type: 'written'; id: number; outcome: WriteOutcome }
  | { type: 'failed'; id: number; error: string };

let core: CallCore | null = null;
let writer: SessionWriter | null = null;
let failure: string | null = null;
let lastWrite: Promise<unknown> = Promise.resolve();
let warming: { stop(): void } | null = null;

function started(start: CallStart, model: ShippedMoveModel, storage: CallStorage): CallCore {
  // Blocked or closed by another tab's upgrade: the page hears it on its own connection, and
  // the writes here then fail, each failure told to the page with its answer.
  const { db, sessions } = createAppStorage(() => undefined, storage.database);
  // Opened while the agent reads the first line, not on the first write.
  db.open().catch(() => undefined);
  writer = createSessionWriter(storage.record, storage.savedTurns, () => undefined, {
    sessions: () => sessions,
    database: () => storage.database,
    remember: () => undefined,
    forget: () => undefined,
    failed: () => undefined,
    succeeded: () => undefined,
  });
  installShippedMoveModel(decodeShippedMoveModel(model));
  const analyser = analyserFor(start.config.script.language, start.config.brand);
  const deps = dependenciesOf(analyser);
  warming = warmUpCall(start, deps);
  return createCallCore(start, deps);
}

self.onmessage = ({ data }: MessageEvent<CallRequest>) => {
  if (data.type === 'start') {
    try {
      core = started(data.start, data.model, data.storage);
    } catch (error) {
      // Every event is answered with the failure: the page carries the call on itself.
      failure = error instanceof Error ? error.message : String(error);
    }
    return;
  }
  const { id } = data;
  warming?.stop();
  const post = (reply: CallReply) => self.postMessage(reply);
  const fail = (error: unknown) =>
    post({ type: 'failed', id, error: error instanceof Error ? error.message : String(error) });
  try {
    if (!core || !writer) throw new Error(failure ?? 'call engine not started');
    const update = core.send(data.event);
    const progress = core.progress();
    // Written in the order the events came (the writer queues), answered in that order too:
    // the call's end once the changes before it are written, not before their answers.
    const before = lastWrite;
    const written = writer.write(progress, data.seconds, new Date(data.at));
    lastWrite = written;
    if (progress.engine.status === 'ended') {
      before.then(() => post({ type: 'answer', id, update }), fail);
      written.then((outcome) => post({ type: 'written', id, outcome }), fail);
    } else {
      written.then((outcome) => post({ type: 'answer', id, update, outcome }), fail);
    }
  } catch (error) {
    fail(error);
  }
};
