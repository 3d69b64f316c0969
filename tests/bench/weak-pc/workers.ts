// The page's dedicated workers, seen over CDP (the call's engine runs in one). Chromium throttles
// pages only ("Operation is only supported for pages, not workers"), so the benches cannot slow a
// worker down: they measure its CPU time instead (call.ts), and count its heap with the page's.
import type { CDPSession } from '@playwright/test';

interface Attached {
  sessionId: string;
  targetId: string;
}

export class PageWorkers {
  private readonly attached = new Map<string, Attached>();
  private readonly waiting = new Map<
    number,
    (reply: { result?: unknown; error?: unknown }) => void
  >();
  private nextId = 1;

  private constructor(private readonly cdp: CDPSession) {}

  /** Follows every worker the page starts from now on (and those it has). */
  static async follow(cdp: CDPSession): Promise<PageWorkers> {
    const workers = new PageWorkers(cdp);
    cdp.on('Target.attachedToTarget', (event) => {
      if (event.targetInfo.type !== 'worker') return;
      workers.attached.set(event.sessionId, {
        sessionId: event.sessionId,
        targetId: event.targetInfo.targetId,
      });
    });
    cdp.on('Target.detachedFromTarget', (event) => workers.attached.delete(event.sessionId));
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
      if (reply.id === undefined) return;
      workers.waiting.get(reply.id)?.(reply);
      workers.waiting.delete(reply.id);
    });
    // Not flattened: Playwright keeps its own flattened sessions; this one only asks questions.
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
    return workers;
  }

  private send(sessionId: string, method: string, params: object = {}): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      // A worker that ends meanwhile never answers: it has no heap left to count.
      const timer = setTimeout(() => resolve(undefined), 5000);
      this.waiting.set(id, (reply) => {
        clearTimeout(timer);
        resolve(reply.error ? undefined : reply.result);
      });
      void this.cdp
        .send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method, params }),
        })
        .catch(() => resolve(undefined));
    });
  }

  get alive(): number {
    return this.attached.size;
  }

  /** Heap in use by the live workers after a forced collection in each, in MB. */
  async heapAfterGcMb(): Promise<number> {
    let bytes = 0;
    for (const { sessionId } of [...this.attached.values()]) {
      await this.send(sessionId, 'HeapProfiler.collectGarbage');
      const usage = (await this.send(sessionId, 'Runtime.getHeapUsage')) as
        { usedSize: number } | undefined;
      bytes += usage?.usedSize ?? 0;
    }
    return bytes / 1024 / 1024;
  }
}
