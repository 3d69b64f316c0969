// One throttled call on the example script: pick-up, typed turns, a mid-call reload.
import type { Page } from '@playwright/test';
import { EXAMPLE_PERSONA, EXAMPLE_SCRIPT, POLITE_FRENCH_LINES } from '../../e2e/rehearsal-helpers';
import { calibrationMs, heapAfterGc, throttle } from './browser';
import { startTrace } from './trace';
import { PageWorkers } from './workers';

// Lines that keep the call going (no close): the example's opening, then patient follow-ups.
const CALL_LINES = [
  ...POLITE_FRENCH_LINES.slice(0, 3),
  'Je vérifie cela dans votre dossier, un petit instant, Monsieur Garnier.',
  "Je comprends tout à fait, c'est une demande légitime et je m'en occupe.",
  'Pouvez-vous me confirmer votre adresse de facturation, s’il vous plaît ?',
  'Merci, je note. Le changement sera visible sur votre prochaine facture.',
];
/** Keystrokes typed one by one per line (the rest is filled): enough to time typing. */
const TYPED_KEYS = 16;

export interface CallFigures {
  slowdown: number;
  pickUpMs: number;
  replyMs: number[];
  /**
   * Each reply with its worker CPU time counted at the rate: the call's engine runs in a worker,
   * which CDP cannot throttle. NaN when the trace's replies do not match the page's.
   */
  replyAtRateMs: number[];
  keyMs: number[];
  /** Thread CPU time per agent line during the call, from a trace (CDP throttling counts in it). */
  mainCpuPerTurnMs: number;
  workerCpuPerTurnMs: number;
  longestMainCpuMs: number;
  longTasks: number;
  blockedMs: number;
  longestTaskMs: number;
  coldStageMs: number;
  /** On the cold stage: from asking for the move model to its being installed (fetch included). */
  modelReadyMs: number;
  /** The page's heap and its live workers' (the call's engine), after a forced collection. */
  heapMb: number;
}

/** Resolves when the agent's line can be typed in; returns ms since `from` (page clock). */
function untilTypeable(page: Page, from: 'now' | 'navigation'): Promise<number> {
  return page.evaluate(async (origin) => {
    const t0 = origin === 'now' ? performance.now() : 0;
    // Each poll is a separate task: it only runs once the main thread is free.
    for (;;) {
      const line = document.querySelector<HTMLTextAreaElement>('.agent-input textarea');
      if (line && !line.disabled) return performance.now() - t0;
      await new Promise((wake) => setTimeout(wake, 5));
    }
  }, from);
}

/** Puts the whole line in, sends it and waits for the customer's reply (or the call's end). */
async function sayLine(page: Page, text: string): Promise<void> {
  const line = page.getByLabel('Votre réplique');
  const before = await page.locator('.turn--customer').count();
  await line.fill(text);
  await line.press('Enter');
  await page.waitForFunction(
    (count) =>
      document.querySelectorAll('.turn--customer').length > count ||
      !document.querySelector('.agent-input textarea'),
    before,
    { timeout: 60_000 },
  );
}

async function callIsOn(page: Page): Promise<boolean> {
  return (await page.locator('.agent-input textarea').count()) > 0;
}

export async function measureCall(page: Page, rate: number, turns: number): Promise<CallFigures> {
  await page.goto(`/repeter/scenario/${EXAMPLE_SCRIPT}?seed=8&persona=${EXAMPLE_PERSONA}`);
  await page.getByRole('radio', { name: /^Répétition/ }).check();
  // The real slowdown: the same loop on this page, warm, before and after throttling.
  await calibrationMs(page);
  const unthrottledMs = await calibrationMs(page);
  const cdp = await throttle(page, rate);
  const workers = await PageWorkers.follow(cdp);
  const slowdown = (await calibrationMs(page)) / unthrottledMs;
  const pickUp = untilTypeable(page, 'now');
  await page.getByRole('button', { name: 'Décrocher' }).click();
  const pickUpMs = await pickUp;

  // A reload after the first exchange (the call is on): from navigation start to a typeable line.
  await sayLine(page, CALL_LINES[0] as string);
  await page.reload();
  const coldStageMs = await untilTypeable(page, 'navigation');
  // The call's worker fetches and decodes the model while the stage draws: its measure may come
  // after the line is typeable.
  await page
    .waitForFunction(
      () => performance.getEntriesByName('coulisses:move-model-ready').length > 0,
      undefined,
      { timeout: 30_000 },
    )
    .catch(() => undefined);
  const modelReadyMs = await page.evaluate(
    () => performance.getEntriesByName('coulisses:move-model-ready')[0]?.duration ?? Number.NaN,
  );

  // Playwright injects its own scripts (the helper `waitForFunction` polls with, the utility
  // world locators run in) on their first use after a navigation: a task of ~30 ms of CPU at
  // 4×, not the app's. Done here, before the call's measures, rather than inside the first
  // reply after the reload (it was the call's one long task in the 4× trace).
  await page.waitForFunction(() => true);
  await page.getByLabel('Votre réplique').count();
  const callStart = await page.evaluate(() => {
    const w = window as unknown as { __keys: number[]; __typing: boolean };
    w.__keys = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.name === 'keydown' && w.__typing) w.__keys.push(entry.duration);
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    return performance.now();
  });
  const stopTrace = await startTrace(cdp);
  let typedKeys = 0;
  let lines = 0;
  for (let turn = 1; turn < turns && (await callIsOn(page)); turn += 1) {
    await page.evaluate(() => ((window as unknown as { __typing: boolean }).__typing = true));
    const text = CALL_LINES[turn % CALL_LINES.length] as string;
    await page.getByLabel('Votre réplique').click();
    await page.keyboard.type(text.slice(0, TYPED_KEYS));
    typedKeys += TYPED_KEYS;
    await page.evaluate(() => ((window as unknown as { __typing: boolean }).__typing = false));
    await sayLine(page, text);
    lines += 1;
  }
  const threads = await stopTrace();
  const inCall = await page.evaluate((start) => {
    const w = window as unknown as {
      __longTasks: { start: number; duration: number }[];
      __keys: number[];
    };
    const tasks = w.__longTasks.filter((task) => task.start >= start);
    return {
      replies: performance.getEntriesByName('coulisses:enter-to-reply').map((e) => e.duration),
      keys: w.__keys,
      tasks: tasks.map((task) => task.duration),
    };
  }, callStart);
  // Keystrokes under the 16 ms Event Timing threshold are not reported: count them as 16.
  const keyMs = [...inCall.keys, ...Array(Math.max(0, typedKeys - inCall.keys.length)).fill(16)];
  const heapMb = (await heapAfterGc(cdp)) + (await workers.heapAfterGcMb());
  const perReply = threads.workerCpuPerReplyMs;
  return {
    slowdown,
    pickUpMs,
    replyMs: inCall.replies,
    replyAtRateMs:
      perReply.length === inCall.replies.length
        ? inCall.replies.map((ms, i) => ms + (rate - 1) * (perReply[i] as number))
        : inCall.replies.map(() => Number.NaN),
    keyMs,
    mainCpuPerTurnMs: threads.mainCpuMs / Math.max(1, lines),
    workerCpuPerTurnMs: threads.workerCpuMs / Math.max(1, lines),
    longestMainCpuMs: threads.longestMainCpuMs,
    longTasks: inCall.tasks.length,
    blockedMs: inCall.tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
    longestTaskMs: Math.max(0, ...inCall.tasks),
    coldStageMs,
    modelReadyMs,
    heapMb,
  };
}
