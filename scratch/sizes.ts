import { createAgent } from '../tests/e2e/rehearsal-helpers';
import { freshContext, launchChromium, serveProductionBuild } from '../tests/bench/weak-pc/browser';
import { playOneFinishedCall } from '../tests/bench/weak-pc/history';

const served = await serveProductionBuild();
const browser = await launchChromium();
const context = await freshContext(browser, served.origin);
const page = await context.newPage();
await createAgent(page);
await playOneFinishedCall(page);
const out = await page.evaluate(async () => {
  const db = await new Promise<IDBDatabase>((done) => { const o = indexedDB.open('coulisses'); o.onsuccess = () => done(o.result); });
  const res: Record<string, unknown> = {};
  for (const store of ['sessions', 'turns']) {
    const rq = db.transaction(store).objectStore(store).getAll();
    res[store] = await new Promise((d) => (rq.onsuccess = () => d(rq.result)));
  }
  return res;
});
const s = (out.sessions as Record<string, unknown>[])[0]!;
const parts: Record<string, number> = {};
for (const [k, v] of Object.entries(s)) parts[k] = JSON.stringify(v ?? null).length;
const eng = s.engine as Record<string, unknown>;
for (const [k, v] of Object.entries(eng)) parts['engine.' + k] = JSON.stringify(v ?? null).length;
const turns = out.turns as { turn: Record<string, unknown> }[];
let t: Record<string, number> = {};
for (const row of turns) for (const [k, v] of Object.entries(row.turn)) t[k] = (t[k] ?? 0) + JSON.stringify(v ?? null).length;
console.log(JSON.stringify({ record: JSON.stringify(s).length, parts, turns: turns.length, turnBytes: JSON.stringify(turns).length, t }, null, 1));
const sc = s.scoreCard as Record<string, unknown>;
for (const [k, v] of Object.entries(sc ?? {})) console.log('scoreCard.' + k, JSON.stringify(v ?? null).length);
for (const r of turns) console.log(JSON.stringify(r.turn)); console.log(JSON.stringify(s));
await browser.close(); await served.close();
