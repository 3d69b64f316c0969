// Bytes of a first visit: the setup page, the stage and the first reply, loaded with an empty
// HTTP cache, apart from what the service worker downloads to precache the app for offline use.
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from '@playwright/test';
import {
  createAgent,
  EXAMPLE_PERSONA,
  EXAMPLE_SCRIPT,
  POLITE_FRENCH_LINES,
} from '../../e2e/rehearsal-helpers';
import { HEADER_BYTES } from '../../../tools/vite/precompress-plugin';

const TEXT = /text|javascript|json/;

/**
 * Bytes of a text file served without an encoding although gzip or brotli would have made it
 * smaller by more than the header it costs (the build's own rule, precompress-plugin.ts); a file
 * of a few dozen bytes that every encoding enlarges is rightly served as it is.
 */
function needlesslyPlain(bytes: Buffer, headers: Record<string, string>): number {
  if (headers['content-encoding'] || !TEXT.test(headers['content-type'] ?? '')) return 0;
  const smallest = Math.min(gzipSync(bytes).length, brotliCompressSync(bytes).length);
  return smallest + HEADER_BYTES < bytes.length ? bytes.length : 0;
}

export interface VisitFile {
  path: string;
  /**
   * Who asked: the page (whatever served it), the call's worker (its engine and the move model
   * it fetches) or the service worker (its precache).
   */
  by: 'page' | 'worker' | 'service worker';
  /** The step of the visit during which it arrived. */
  step: 'profile' | 'setup' | 'pick-up' | 'first reply' | 'after';
  gzip: number;
}

export interface FirstVisit {
  setupChunks: number;
  /** Page bytes, gzip KB, from loading the setup page until the agent's line can be typed. */
  typeableKb: number;
  /**
   * Page bytes until the customer's first reply: the issue's « stage with shell » (target 200),
   * what the main thread downloads, parses and runs before the call can go on.
   */
  firstReplyKb: number;
  /** The call's worker until that reply: the engine's chunk and the move model it fetches. */
  workerKb: number;
  /** What the service worker downloaded to precache the app, gzip KB, over the whole visit. */
  precacheKb: number;
  /** Text (HTML, JS, CSS, JSON) served without Content-Encoding that an encoding would shrink, KB. */
  uncompressedKb: number;
  files: VisitFile[];
}

/** Waits until the service worker is activated, i.e. its precache is complete. */
async function precacheDone(page: Page): Promise<void> {
  // Polled from Node: waitForFunction would take the async predicate's promise for a yes.
  for (const started = Date.now(); Date.now() - started < 120_000;) {
    const state = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? null,
    );
    if (state === 'activated') return;
    await page.waitForTimeout(250);
  }
  throw new Error('first visit: the service worker was not activated within 2 minutes');
}

export async function firstVisit(browser: Browser, origin: string): Promise<FirstVisit> {
  // A plain context (no long-task recorder): this part counts bytes, not time.
  const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'allow' });
  const page = await context.newPage();
  let step: VisitFile['step'] = 'profile';
  const files: Promise<
    (Omit<VisitFile, 'by'> & { by: () => VisitFile['by']; plain: number }) | null
  >[] = [];
  // The context sees the service worker's requests too (the page's event does not).
  // Bodies are fetched again from Node (decoded): the page's may be gone after a navigation.
  // What the page itself asked for, seen on its own CDP session: a dedicated worker's requests
  // are not (Playwright reports them as the page's). The worker's script is the page's request
  // but the worker's bytes: it is known by the worker's address.
  const pageUrls = new Set<string>();
  const workerUrls = new Set<string>();
  page.on('worker', (worker) => workerUrls.add(worker.url()));
  const cdp = await context.newCDPSession(page);
  cdp.on('Network.requestWillBeSent', (event) => pageUrls.add(event.request.url));
  await cdp.send('Network.enable');
  context.on('response', (response: Response) => {
    if (response.status() !== 200) return;
    const at = step;
    const url = response.url();
    const fromServiceWorker = response.request().serviceWorker() !== null;
    const body = fetch(response.url()).then(async (r) => Buffer.from(await r.arrayBuffer()));
    files.push(
      Promise.all([body, response.allHeaders()])
        .then(([bytes, headers]) => ({
          path: new URL(url).pathname,
          // Told apart once the visit is over, when every request has been seen.
          by: (): VisitFile['by'] =>
            fromServiceWorker
              ? 'service worker'
              : workerUrls.has(url) || !pageUrls.has(url)
                ? 'worker'
                : 'page',
          step: at,
          gzip: gzipSync(bytes).length,
          plain: needlesslyPlain(bytes, headers),
        }))
        .catch(() => null),
    );
  });
  await createAgent(page);
  // The catalogue's own loads must not be counted as the setup page's.
  await page.waitForLoadState('networkidle');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  step = 'setup';
  await page.goto(`/repeter/scenario/${EXAMPLE_SCRIPT}?seed=8&persona=${EXAMPLE_PERSONA}`);
  await page.getByRole('button', { name: 'Décrocher' }).waitFor();
  await page.waitForLoadState('networkidle');
  const setupChunks = (await Promise.all(files)).filter(
    (file) => file?.step === 'setup' && file.by() === 'page' && file.path.endsWith('.js'),
  ).length;
  step = 'pick-up';
  await page.getByRole('button', { name: 'Décrocher' }).click();
  const line = page.getByLabel('Votre réplique');
  await line.waitFor();
  await page.waitForFunction(() => {
    const box = document.querySelector<HTMLTextAreaElement>('.agent-input textarea');
    return box !== null && !box.disabled;
  });
  step = 'first reply';
  await line.fill(POLITE_FRENCH_LINES[0] as string);
  await line.press('Enter');
  await page.locator('.turn--customer').first().waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  step = 'after';
  await precacheDone(page);
  await page.waitForLoadState('networkidle');
  const recorded = (await Promise.all(files))
    .filter((file) => file !== null)
    .map((file) => ({ ...file, by: file.by() }));
  await context.close();
  const kb = (list: typeof recorded) => list.reduce((sum, file) => sum + file.gzip, 0) / 1024;
  // From the setup page to the first reply, each file once: the cache is disabled so that the
  // setup page counts what the profile step already loaded, but a file asked for again (a call
  // engine started for the pick-up, then for the stage) comes from the HTTP cache in real use.
  const counted = new Set<string>();
  const visit = recorded.filter((file) => {
    const key = `${file.by} ${file.path}`;
    if (file.step === 'profile' || file.step === 'after' || counted.has(key)) return false;
    counted.add(key);
    return true;
  });
  const byPage = visit.filter((file) => file.by === 'page');
  return {
    setupChunks,
    typeableKb: kb(byPage.filter((file) => file.step === 'setup' || file.step === 'pick-up')),
    firstReplyKb: kb(byPage),
    workerKb: kb(visit.filter((file) => file.by === 'worker')),
    precacheKb: kb(recorded.filter((file) => file.by === 'service worker')),
    uncompressedKb:
      recorded
        .filter((file) => file.step !== 'profile' || file.by === 'service worker')
        .reduce((sum, file) => sum + file.plain, 0) / 1024,
    files: recorded.map(({ path, by, step: at, gzip }) => ({ path, by, step: at, gzip })),
  };
}
