import type { Finding } from '@/domain/script/finding.types';
import type { LibraryContext } from '@/domain/script/rules-content';
import type { Script } from '@/domain/script/script-schema';
import { validateDraft } from './validate-script';
import type { ValidationReply, ValidationRequest } from './validation.worker';

type Deliver = (findings: Finding[]) => void;

/**
 * Checks drafts one at a time, the latest wins: an edit made while a check runs waits for it,
 * and edits made meanwhile are checked once, together. In a Web Worker where the browser has
 * them (the main thread stays free); in the thread otherwise (tests, a worker that failed).
 */
export function createLiveValidator(deliver: Deliver) {
  let worker: Worker | null = null;
  if (typeof Worker !== 'undefined') {
    try {
      worker = new Worker(new URL('./validation.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      worker = null;
    }
  }
  let running = 0;
  let pending: ValidationRequest | null = null;
  let nextId = 1;
  let stopped = false;
  let lastRequest: ValidationRequest | null = null;

  const start = (request: ValidationRequest) => {
    running = request.id;
    if (worker) {
      worker.postMessage(request);
      return;
    }
    setTimeout(() =>
      finish({ id: request.id, findings: validateDraft(request.script, request.library) }),
    );
  };
  const finish = (reply: ValidationReply) => {
    if (stopped || reply.id !== running) return;
    running = 0;
    if (pending) {
      const next = pending;
      pending = null;
      start(next); // a newer draft waits: these findings are already stale
      return;
    }
    deliver(reply.findings);
  };
  if (worker) {
    worker.onmessage = ({ data }: MessageEvent<ValidationReply>) => finish(data);
    worker.onerror = () => {
      // The worker could not run (a blocked file, an old browser): check in the thread.
      worker?.terminate();
      worker = null;
      const id = running;
      running = 0;
      if (id && !pending && lastRequest) start(lastRequest);
    };
  }
  return {
    check(script: Script, library: LibraryContext | undefined) {
      // Only what the rules read: the library's scripts stay out of the message.
      const context = library && { brands: library.brands, personas: library.personas };
      const request = { id: nextId++, script, library: context };
      lastRequest = request;
      if (running) pending = request;
      else start(request);
    },
    stop() {
      stopped = true;
      worker?.terminate();
    },
  };
}
