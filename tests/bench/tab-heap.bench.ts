// `npm run bench tab-heap` (issue 19 item 6): one tab plays TAB_HEAP_CALLS calls (default 100)
// on the production build; the heap after a forced collection is compared after 1 and after
// all of them. Each call is short (a line, then « Raccrocher ») and ends on « Débrief
// enregistré », so every call goes through the live-sessions map and the final strict write.
//
// The calls are driven by DomDriver (CDP DOM search + trusted input), not by locators: those run
// Playwright's injected script in the page, whose code V8 keeps compiling and optimising as the
// driver calls it, which the heap would count. The measurement stays the whole page heap.
import type { BenchFigure } from '../../tools/bench';
import { createAgent, EXAMPLE_PERSONA, EXAMPLE_SCRIPT } from '../e2e/rehearsal-helpers';
import { freshContext, heapAfterGc, launchChromium, serveProductionBuild } from './weak-pc/browser';
import { button, DomDriver, text } from './weak-pc/dom-driver';
import { heapSplit, type HeapSplit } from './weak-pc/heap-snapshot';
import { PageWorkers } from './weak-pc/workers';

export const name = 'One tab, many calls: heap growth';

const CALLS = Number(process.env.TAB_HEAP_CALLS ?? 100) || 100;
const LINE = 'Brisa Énergie bonjour, Julie à votre écoute. En quoi puis-je vous aider ?';

export async function run(): Promise<BenchFigure[]> {
  const served = await serveProductionBuild();
  const browser = await launchChromium();
  try {
    const context = await freshContext(browser, served.origin);
    const page = await context.newPage();
    await createAgent(page);
    // A new document: what the locators of createAgent compiled goes with the old one.
    await page.goto(`/repeter/scenario/${EXAMPLE_SCRIPT}?seed=8&persona=${EXAMPLE_PERSONA}`);
    const driver = await DomDriver.attach(page);
    const cdp = await context.newCDPSession(page);
    // Each call's engine runs in a worker ended with the call: one still alive counts too.
    const workers = await PageWorkers.follow(cdp);
    const tabHeap = async () => (await heapAfterGc(cdp)) + (await workers.heapAfterGcMb());
    let workersAfterFirst = 0;
    let afterFirst = 0;
    let splitFirst: HeapSplit | undefined;
    // A later point too: compiled code that keeps growing after it would be compiled per call
    // (a leak of functions or regexps); code that levels off is V8 warming up.
    const LATER = Math.min(20, CALLS);
    let splitLater: HeapSplit | undefined;
    for (let call = 1; call <= CALLS; call += 1) {
      // In-app navigation (no reload): the tab and its memory carry from call to call.
      if (call === 1) {
        await driver.click('input[type=radio][value=filage]');
        await driver.click(button('Décrocher'));
      } else await driver.click(button('Rejouer le même appel'));
      await driver.waitFor(text('Vous avez décroché'));
      await driver.sayLine('.agent-input textarea:not([disabled])', LINE);
      await driver.waitFor('.turn--customer');
      await driver.click(button('Raccrocher'));
      await driver.waitFor(text('Débrief enregistré'));
      if (call === 1) {
        afterFirst = await tabHeap();
        workersAfterFirst = workers.alive;
        splitFirst = await heapSplit(cdp);
      }
      if (call === LATER) splitLater = await heapSplit(cdp);
      if (call % 20 === 0) console.log(`… ${call} calls`);
    }
    const afterAll = await tabHeap();
    const workersAfterAll = workers.alive;
    const splitAll = await heapSplit(cdp);
    const first = splitFirst as HeapSplit;
    const later = splitLater as HeapSplit;
    return [
      { label: 'heap after 1 call (page and live workers)', value: afterFirst, unit: 'MB' },
      { label: 'workers alive after 1 call', value: workersAfterFirst, unit: 'workers' },
      { label: `workers alive after ${CALLS} calls`, value: workersAfterAll, unit: 'workers' },
      { label: `heap after ${CALLS} calls`, value: afterAll, unit: 'MB' },
      {
        label: `heap growth from 1 to ${CALLS} calls`,
        value: afterAll - afterFirst,
        unit: 'MB',
        target: 2,
      },
      // The driver clicks only a box that stayed put (dom-driver.ts); how often it had to wait.
      {
        label: 'clicks held back because the box moved',
        value: driver.movedBeforeClick,
        unit: 'clicks',
      },
      // Where the growth is, from heap snapshots: compiled code is V8 warming up, not a retainer.
      {
        label: `  of which V8 compiled code (snapshot)`,
        value: splitAll.codeMb - first.codeMb,
        unit: 'MB',
      },
      {
        label: `  of which everything else (snapshot)`,
        value: splitAll.otherMb - first.otherMb,
        unit: 'MB',
      },
      {
        label: `V8 compiled code growth from 1 to ${LATER} calls (snapshot)`,
        value: later.codeMb - first.codeMb,
        unit: 'MB',
      },
      {
        label: `V8 compiled code growth from ${LATER} to ${CALLS} calls (snapshot)`,
        value: splitAll.codeMb - later.codeMb,
        unit: 'MB',
      },
      // Nothing compiled per call: the functions and their bytecode stay as they were.
      {
        label: `functions known to V8 (SharedFunctionInfo), new from ${LATER} to ${CALLS} calls`,
        value: splitAll.functions - later.functions,
        unit: 'functions',
      },
      {
        label: `bytecode growth from ${LATER} to ${CALLS} calls (snapshot)`,
        value: splitAll.bytecodeMb - later.bytecodeMb,
        unit: 'MB',
      },
    ];
  } finally {
    await browser.close();
    await served.close();
  }
}
