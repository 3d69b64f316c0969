// The studio bench's page side: a trainer with a generated draft, then what the trainer feels —
// the editor opening cold, frames while panning and zooming the map, and an edit's live check.
import type { Page } from '@playwright/test';
import { generateScript } from '../../fixtures/scripts/generate-script';

/** A trainer profile on a fresh browser profile, landed on Atelier's shelf. */
export async function createTrainer(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Nom affiché').fill('Inès Haddad');
  await page.getByRole('radio', { name: /Formateur/ }).check();
  await page.getByRole('button', { name: 'Créer le profil' }).click();
  await page.getByRole('heading', { level: 1, name: 'Atelier' }).waitFor();
}

/**
 * Imports a generated script of `steps` steps through the shelf's import (the gate and the
 * validator, as a trainer would) and returns the editor's address.
 */
export async function importGenerated(page: Page, steps: number): Promise<string> {
  const script = generateScript(steps);
  // The generator's brand is a test fixture; the app's library has real (fictional) brands.
  script.brand = 'lumio-telecom';
  await page.getByLabel('Importer un fichier JSON').setInputFiles({
    name: `genere-${steps}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(script)),
  });
  await page.waitForURL(/\/atelier\/brouillon\//, { timeout: 60_000 });
  return new URL(page.url()).pathname;
}

/** Loads the editor cold; ms from navigation start to the first step drawn on the map. */
export async function openCold(page: Page, editorPath: string): Promise<number> {
  await page.goto(editorPath);
  const handle = await page.waitForFunction(
    () => (document.querySelector('.react-flow__node') ? performance.now() : 0),
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * Pans (a circular drag on the pane) then zooms (wheel in, then out), one input event per frame,
 * and returns the interval of every frame. Throws if the view did not move: then nothing was
 * measured.
 */
export async function panAndZoomFrames(page: Page, frames = 90): Promise<number[]> {
  // tsx keeps function names with a `__name` helper the page does not have.
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(async (count) => {
    const pane = document.querySelector<HTMLElement>('.react-flow__pane');
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    if (!pane || !viewport) throw new Error('studio bench: no map on the page');
    const before = viewport.style.transform;
    const box = pane.getBoundingClientRect();
    const cx = box.left + box.width / 2;
    const cy = box.top + box.height / 2;
    const intervals: number[] = [];
    const nextFrame = () => new Promise<number>((done) => requestAnimationFrame(done));
    let last = await nextFrame();
    const inFrame = async (act: () => void) => {
      act();
      const now = await nextFrame();
      intervals.push(now - last);
      last = now;
    };
    const mouse = (type: string, x: number, y: number, target: EventTarget) =>
      target.dispatchEvent(
        new MouseEvent(type, {
          bubbles: true,
          cancelable: true,
          clientX: x,
          clientY: y,
          view: window,
          button: 0,
        }),
      );
    await inFrame(() => mouse('mousedown', cx, cy, pane));
    for (let i = 1; i <= count; i += 1) {
      const angle = (i / count) * 2 * Math.PI;
      await inFrame(() =>
        mouse('mousemove', cx + 160 * Math.sin(angle), cy + 100 * (1 - Math.cos(angle)), window),
      );
    }
    await inFrame(() => mouse('mouseup', cx, cy, window));
    const panned = viewport.style.transform;
    let zoomedIn = panned;
    for (let i = 0; i < count; i += 1) {
      if (i === count / 2) zoomedIn = viewport.style.transform;
      await inFrame(() =>
        pane.dispatchEvent(
          new WheelEvent('wheel', {
            bubbles: true,
            cancelable: true,
            clientX: cx,
            clientY: cy,
            deltaY: i < count / 2 ? -30 : 30,
            view: window,
          }),
        ),
      );
    }
    if (panned === before || zoomedIn === panned)
      throw new Error('studio bench: the map did not pan or zoom, nothing was measured');
    return intervals;
  }, frames);
}

/**
 * Edits the script's title in the inspector `edits` times; for each, ms from the edit to its
 * findings shown (the store's and the validation's User Timing marks), and the longest task
 * the page ran meanwhile.
 */
export async function editsToFindings(
  page: Page,
  edits: number,
): Promise<{ latencyMs: number; longestTaskMs: number }[]> {
  const title = page.locator('section.inspector').getByLabel('Titre', { exact: true });
  const results: { latencyMs: number; longestTaskMs: number }[] = [];
  for (let n = 0; n < edits; n += 1) {
    await page.evaluate(() => {
      performance.clearMarks();
      (window as unknown as { __longTasks: unknown[] }).__longTasks = [];
    });
    await title.fill(`Script généré, essai ${n}`);
    const handle = await page.waitForFunction(
      () => {
        const edit = performance.getEntriesByName('studio:edit')[0];
        const shown = performance
          .getEntriesByName('studio:validated')
          .find((mark) => edit && mark.startTime >= edit.startTime);
        if (!edit || !shown) return null;
        const tasks = (window as unknown as { __longTasks: { duration: number }[] }).__longTasks;
        return {
          latencyMs: shown.startTime - edit.startTime,
          longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
        };
      },
      undefined,
      { polling: 50, timeout: 30_000 },
    );
    results.push((await handle.jsonValue()) as { latencyMs: number; longestTaskMs: number });
  }
  return results;
}

/** Intervals of `count` frames with no input: the floor the machine's load alone sets. */
export async function idleFrames(page: Page, count = 90): Promise<number[]> {
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(async (frames) => {
    const intervals: number[] = [];
    let last = await new Promise<number>((done) => requestAnimationFrame(done));
    for (let i = 0; i < frames; i += 1) {
      const now = await new Promise<number>((done) => requestAnimationFrame(done));
      intervals.push(now - last);
      last = now;
    }
    return intervals;
  }, count);
}
