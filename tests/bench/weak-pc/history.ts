// "My sessions" with a year of calls: one real finished call, cloned N times in IndexedDB.
import type { Page } from '@playwright/test';
import { EXAMPLE_PERSONA, EXAMPLE_SCRIPT, POLITE_FRENCH_LINES } from '../../e2e/rehearsal-helpers';
import { heapAfterGc, throttle } from './browser';

export interface HistoryFigures {
  interactiveMs: number;
  /** Main-thread task time from the navigation to rows shown (CDP TaskDuration): less noisy. */
  taskMs: number;
  filterMs: number;
  domNodes: number;
  heapMb: number;
  bytesPerSession: number;
}

/** Plays the example Filage call to its end (unthrottled) so a real record is stored. */
export async function playOneFinishedCall(page: Page): Promise<void> {
  await page.goto(`/repeter/scenario/${EXAMPLE_SCRIPT}?seed=8&persona=${EXAMPLE_PERSONA}`);
  await page.getByRole('radio', { name: /^Filage/ }).check();
  await page.getByRole('button', { name: 'Décrocher' }).click();
  const line = page.getByLabel('Votre réplique');
  for (const [index, text] of POLITE_FRENCH_LINES.entries()) {
    await line.fill(text);
    await line.press('Enter');
    if (index < POLITE_FRENCH_LINES.length - 1)
      await page
        .locator('.turn--customer')
        .nth(index + 1)
        .waitFor();
  }
  await page.getByRole('heading', { level: 2, name: "Fin de l'appel" }).waitFor();
}

/**
 * Copies every stored session (and its rows in the other session tables) until `count` sessions
 * exist, one day apart, so filters and the chart see a year and more of practice. Returns the
 * stored bytes of one session (its JSON across all of its rows).
 */
export async function cloneSessions(page: Page, count: number): Promise<number> {
  return page.evaluate(async (wanted) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open('coulisses');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    const stores = [...db.objectStoreNames].filter(
      (name) => name !== 'profiles' && name !== 'preferences',
    );
    const rows = new Map<string, Record<string, unknown>[]>();
    // No named helpers in here: tsx would wrap them in a function the page does not have.
    for (const store of stores) {
      const request = db.transaction(store).objectStore(store).getAll();
      const found = await new Promise<Record<string, unknown>[]>((done) => {
        request.onsuccess = () => done(request.result as Record<string, unknown>[]);
      });
      rows.set(store, found);
    }
    const template = (rows.get('sessions') ?? []).find((s) => s.status === 'ended');
    if (!template) throw new Error('bench: no finished session to clone');
    const id = template.id as string;
    const bytes = [...rows.values()]
      .flat()
      .filter((row) => row.id === id || row.sessionId === id)
      .reduce((sum, row) => sum + JSON.stringify(row).length, 0);
    const tx = db.transaction(stores, 'readwrite');
    const day = 86_400_000;
    for (let n = 1; n < wanted; n += 1) {
      const cloneId = `${id}-clone-${n}`;
      const when = new Date(Date.parse(template.startedAt as string) - n * day).toISOString();
      for (const store of stores) {
        for (const row of (rows.get(store) ?? []).filter(
          (row) => row.id === id || row.sessionId === id,
        )) {
          const copy = structuredClone(row);
          if (copy.id === id)
            Object.assign(copy, { id: cloneId, startedAt: when, updatedAt: when });
          if (copy.sessionId === id) copy.sessionId = cloneId;
          if ('startedAt' in copy && copy.id !== cloneId) copy.startedAt = when;
          tx.objectStore(store).put(copy);
        }
      }
    }
    await new Promise((done) => (tx.oncomplete = done));
    db.close();
    return bytes;
  }, count);
}

/** Loads "My sessions" throttled and times it until rows are shown and the thread is free. */
export async function measureHistory(
  page: Page,
  rate: number,
): Promise<Omit<HistoryFigures, 'bytesPerSession'>> {
  await page.goto('/repeter');
  const cdp = await throttle(page, rate);
  await cdp.send('Performance.enable');
  const taskSeconds = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? Number.NaN;
  };
  const tasksBefore = await taskSeconds();
  await page.goto('/repeter/seances');
  // A real row (its "open" link), not a placeholder still being read, then a free thread.
  const interactiveMs = await page.evaluate(async () => {
    for (;;) {
      if (document.querySelector('table tbody tr[aria-rowindex="2"] a')) break;
      await new Promise((wake) => setTimeout(wake, 5));
    }
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    return performance.now();
  });
  const taskMs = ((await taskSeconds()) - tasksBefore) * 1000;
  const filterMs = await page.evaluate(async () => {
    const select = [...document.querySelectorAll('select')].find((s) =>
      s.labels?.[0]?.textContent?.includes('Mode'),
    );
    if (!select) throw new Error('bench: no mode filter');
    const t0 = performance.now();
    // Filage: every cloned call matches, the heaviest re-render. The list is read from the
    // indexes: the change counts until the list is no longer busy and its first row is drawn.
    select.value = 'filage';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    for (;;) {
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      // Not before the filter is taken (it lives in the address): until then the old list is
      // not busy either, and the change would read as instant.
      if (!location.search.includes('mode=filage')) continue;
      const list = document.querySelector('[role=region][aria-busy]');
      const row = document.querySelector('table tbody tr[aria-rowindex="2"] a');
      if (list?.getAttribute('aria-busy') === 'false' && row) break;
    }
    return performance.now() - t0;
  });
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  const heapMb = await heapAfterGc(cdp);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return { interactiveMs, taskMs, filterMs, domNodes, heapMb };
}
