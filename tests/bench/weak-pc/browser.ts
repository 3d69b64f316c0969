// The weak-PC bench's browser side: the production build served on a free port, the system
// Chromium (never downloaded), and CDP CPU throttling with a check of the real slowdown.
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from '@playwright/test';
import { buildIfNeeded } from '../../../tools/build-if-needed.mjs';
import { createStaticServer } from '../../../tools/static-server.mjs';

const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

export interface Served {
  origin: string;
  close: () => Promise<void>;
}

/** Builds when the sources changed, then serves dist/ on a free port of 127.0.0.1. */
export async function serveProductionBuild(): Promise<Served> {
  buildIfNeeded();
  const server = createStaticServer(join(root, 'dist')) as Server;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `weak-pc bench: Chromium not found at ${executablePath}. Install it (apt-get install chromium) or set CHROME_PATH.`,
    );
  }
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}

/** A fresh profile (empty IndexedDB) whose pages record long tasks and slow events. */
export async function freshContext(browser: Browser, origin: string): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: origin });
  await context.addInitScript(() => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  return context;
}

export async function throttle(page: Page, rate: number): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

/** Milliseconds a fixed piece of pure JS takes in the page: the real slowdown is its ratio. */
export async function calibrationMs(page: Page): Promise<number> {
  return page.evaluate(() => {
    const t0 = performance.now();
    let x = 0;
    for (let i = 0; i < 3_000_000; i += 1) x = (x + Math.sqrt(i) * 1.0001) % 1e9;
    if (x < 0) throw new Error('unreachable');
    return performance.now() - t0;
  });
}

/** Heap in use after a forced garbage collection, in MB. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1024 / 1024;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}
