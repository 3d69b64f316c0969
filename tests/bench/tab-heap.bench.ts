// `npm run bench tab-heap` (issue 19 item 6): one tab plays TAB_HEAP_CALLS calls (default 100)
// on the production build; the heap after a forced collection is compared after 1 and after
// all of them. Each call is short (a line, then « Raccrocher ») and ends on « Débrief
// enregistré », so every call goes through the live-sessions map and the final strict write.
import type { BenchFigure } from '../../tools/bench';
import { createAgent, EXAMPLE_PERSONA, EXAMPLE_SCRIPT } from '../e2e/rehearsal-helpers';
import { freshContext, heapAfterGc, launchChromium, serveProductionBuild } from './weak-pc/browser';
import { heapSplit, type HeapSplit } from './weak-pc/heap-snapshot';

export const name = 'One tab, many calls: heap growth';

const CALLS = Number(process.env.TAB_HEAP_CALLS ?? 100) || 100;

export async function run(): Promise<BenchFigure[]> {
  const served = await serveProductionBuild();
  const browser = await launchChromium();
  try {
    const context = await freshContext(browser, served.origin);
    const page = await context.newPage();
    await createAgent(page);
    const cdp = await context.newCDPSession(page);
    let afterFirst = 0;
    let splitFirst: HeapSplit = { codeMb: 0, otherMb: 0 };
    // A later point too: compiled code that keeps growing after it would be compiled per call
    // (a leak of functions or regexps); code that levels off is V8 warming up.
    const LATER = Math.min(20, CALLS);
    let splitLater: HeapSplit = { codeMb: 0, otherMb: 0 };
    for (let call = 1; call <= CALLS; call += 1) {
      // In-app navigation (no reload): the tab and its memory carry from call to call.
      if (call === 1) {
        await page.goto(`/repeter/scenario/${EXAMPLE_SCRIPT}?seed=8&persona=${EXAMPLE_PERSONA}`);
        await page.getByRole('radio', { name: /^Filage/ }).check();
        await page.getByRole('button', { name: 'Décrocher' }).click();
      } else await page.getByRole('button', { name: 'Rejouer le même appel' }).click();
      await page.getByText('Vous avez décroché').waitFor();
      const line = page.getByLabel('Votre réplique');
      await line.fill('Brisa Énergie bonjour, Julie à votre écoute. En quoi puis-je vous aider ?');
      await line.press('Enter');
      await page.locator('.turn--customer').first().waitFor();
      await page.getByRole('button', { name: 'Raccrocher' }).click();
      await page.getByText('Débrief enregistré').waitFor();
      if (call === 1) {
        afterFirst = await heapAfterGc(cdp);
        splitFirst = await heapSplit(cdp);
      }
      if (call === LATER) splitLater = await heapSplit(cdp);
      if (call % 20 === 0) console.log(`… ${call} calls`);
    }
    const afterAll = await heapAfterGc(cdp);
    const splitAll = await heapSplit(cdp);
    return [
      { label: 'heap after 1 call', value: afterFirst, unit: 'MB' },
      { label: `heap after ${CALLS} calls`, value: afterAll, unit: 'MB' },
      {
        label: `heap growth from 1 to ${CALLS} calls`,
        value: afterAll - afterFirst,
        unit: 'MB',
        target: 2,
      },
      // Where the growth is, from heap snapshots: compiled code is V8 warming up, not a retainer.
      {
        label: `  of which V8 compiled code (snapshot)`,
        value: splitAll.codeMb - splitFirst.codeMb,
        unit: 'MB',
      },
      {
        label: `  of which everything else (snapshot)`,
        value: splitAll.otherMb - splitFirst.otherMb,
        unit: 'MB',
      },
      {
        label: `V8 compiled code growth from 1 to ${LATER} calls (snapshot)`,
        value: splitLater.codeMb - splitFirst.codeMb,
        unit: 'MB',
      },
      {
        label: `V8 compiled code growth from ${LATER} to ${CALLS} calls (snapshot)`,
        value: splitAll.codeMb - splitLater.codeMb,
        unit: 'MB',
      },
    ];
  } finally {
    await browser.close();
    await served.close();
  }
}
