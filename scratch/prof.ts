import { createAgent } from '../tests/e2e/rehearsal-helpers';
import { freshContext, launchChromium, serveProductionBuild } from '../tests/bench/weak-pc/browser';
import { cloneSessions, playOneFinishedCall } from '../tests/bench/weak-pc/history';
const served = await serveProductionBuild();
const browser = await launchChromium();
const context = await freshContext(browser, served.origin);
const page = await context.newPage();
await createAgent(page);
await playOneFinishedCall(page);
await cloneSessions(page, 10000);
await page.goto('/repeter/parametres');
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.start');
await page.goto('/repeter/seances');
await page.locator('table tbody tr[aria-rowindex="2"] a').waitFor();
const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number }[]; samples: number[]; timeDeltas: number[] } };
const self = new Map<string, number>();
const dt = new Map<number, number>();
profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
for (const n of profile.nodes) {
  const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(k, (self.get(k) ?? 0) + (dt.get(n.id) ?? 0) / 1000);
}
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(0)}ms ${k}`).join('\n'));
await browser.close(); await served.close();
