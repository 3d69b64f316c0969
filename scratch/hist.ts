import { createAgent } from '../tests/e2e/rehearsal-helpers';
import { freshContext, launchChromium, serveProductionBuild, throttle } from '../tests/bench/weak-pc/browser';
import { cloneSessions, playOneFinishedCall } from '../tests/bench/weak-pc/history';

const served = await serveProductionBuild();
const browser = await launchChromium();
const context = await freshContext(browser, served.origin);
const page = await context.newPage();
await createAgent(page);
await playOneFinishedCall(page);
await cloneSessions(page, Number(process.env.N ?? 10000));
for (const rate of [1, 4]) {
  for (let n = 0; n < 2; n++) {
    await page.goto('/repeter/parametres');
    const cdp = await throttle(page, rate);
    await page.goto('/repeter/seances');
    const t = await page.evaluate(async () => {
      const marks: Record<string, number> = {};
      for (;;) {
        if (!marks.h1 && document.querySelector('h1')) marks.h1 = performance.now();
        if (!marks.status && document.body.textContent?.includes('Séances affichées')) marks.status = performance.now();
        if (!marks.anyRow && document.querySelector('table tbody tr')) marks.anyRow = performance.now();
        if (document.querySelector('table tbody tr[aria-rowindex="2"] a')) { marks.row = performance.now(); break; }
        await new Promise((w) => setTimeout(w, 5));
      }
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      marks.domContentLoaded = nav.domContentLoadedEventEnd;
      marks.longTasks = (window as unknown as { __longTasks: { duration: number }[] }).__longTasks.reduce((a, b) => a + b.duration, 0);
      return marks;
    });
    console.log(rate, JSON.stringify(t));
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
}
await browser.close(); await served.close();
