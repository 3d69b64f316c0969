// One call's engine off the main thread: the agent's line is analysed, the customer replies and
// the call is scored here, while the page only draws. The page starts one worker per call and
// ends it with the call, so what the engine allocated and compiled goes with it.
import { installShippedMoveModel } from '@/domain/language/move-classifier';
import type { SessionEvent } from '@/domain/session/session-machine';
import {
  analyserFor,
  decodeShippedMoveModel,
  dependenciesOf,
  type ShippedMoveModel,
} from '@/stores/shipped-move-model';
import { createCallCore, type CallCore, type CallStart, type CallUpdate } from './call-core';

export type CallRequest =
  | { type: 'start'; start: CallStart; model: ShippedMoveModel }
  | { type: 'event'; id: number; event: SessionEvent };

export type CallReply =
  { id: number; ok: true; update: CallUpdate } | { id: number; ok: false; error: string };

let core: CallCore | null = null;
let failure: string | null = null;

function started(start: CallStart, model: ShippedMoveModel): CallCore {
  installShippedMoveModel(decodeShippedMoveModel(model));
  const analyser = analyserFor(start.config.script.language, start.config.brand);
  return createCallCore(start, dependenciesOf(analyser));
}

self.onmessage = ({ data }: MessageEvent<CallRequest>) => {
  if (data.type === 'start') {
    try {
      core = started(data.start, data.model);
    } catch (error) {
      // Every event is answered with the failure: the page carries the call on itself.
      failure = error instanceof Error ? error.message : String(error);
    }
    return;
  }
  let reply: CallReply;
  try {
    if (!core) throw new Error(failure ?? 'call engine not started');
    reply = { id: data.id, ok: true, update: core.send(data.event) };
  } catch (error) {
    reply = {
      id: data.id,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    };
  }
  self.postMessage(reply);
};
