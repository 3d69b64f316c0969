// Bytes of a first visit: the setup page then the stage, loaded with an empty HTTP cache.
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from '@playwright/test';
import { createAgent, EXAMPLE_PERSONA, EXAMPLE_SCRIPT } from '../../e2e/rehearsal-helpers';
import { freshContext } from './browser';

const TEXT = /text|javascript|json/;

export interface FirstVisit {
  setupChunks: number;
  /** Every file of the setup page and the stage, gzip-compressed, in KB. */
  stageKb: number;
  /** Text (HTML, JS, CSS, JSON) served without Content-Encoding, in KB. */
  uncompressedKb: number;
}

export async function firstVisit(browser: Browser, origin: string): Promise<FirstVisit> {
  const context = await freshContext(browser, origin);
  const page = await context.newPage();
  await createAgent(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const responses: Response[] = [];
  const sizes: Promise<{ gzip: number; plain: number }>[] = [];
  // Bodies are fetched again from Node (decoded): the page's may be gone after a navigation.
  page.on('response', (response) => {
    responses.push(response);
    if (response.status() !== 200) return;
    const body = fetch(response.url()).then(async (r) => Buffer.from(await r.arrayBuffer()));
    sizes.push(
      Promise.all([body, response.allHeaders()]).then(([body, headers]) => ({
        gzip: gzipSync(body).length,
        plain:
          !headers['content-encoding'] && TEXT.test(headers['content-type'] ?? '')
            ? body.length
            : 0,
      })),
    );
  });
  await page.goto(`/repeter/scenario/${EXAMPLE_SCRIPT}?seed=8&persona=${EXAMPLE_PERSONA}`);
  await page.getByRole('button', { name: 'Décrocher' }).waitFor();
  await page.waitForLoadState('networkidle');
  const setupChunks = responses.filter((r) => r.url().endsWith('.js')).length;
  await page.getByRole('button', { name: 'Décrocher' }).click();
  await page.getByLabel('Votre réplique').waitFor();
  await page.waitForLoadState('networkidle');
  let gzip = 0;
  let plain = 0;
  for (const size of await Promise.all(sizes)) {
    gzip += size.gzip;
    plain += size.plain;
  }
  await context.close();
  return { setupChunks, stageKb: gzip / 1024, uncompressedKb: plain / 1024 };
}
