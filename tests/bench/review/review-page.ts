// The Revue bench's page side: a lead importing agents' bundles through the file picker, and the
// team table drawn from what was imported. Files go through a temporary folder, as a lead's
// downloads would, not as buffers over the protocol.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** A team lead on a fresh browser profile, landed on Revue's team page. */
export async function createTeamLead(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Nom affiché').fill('Nadia Lefort');
  await page.getByRole('radio', { name: /Responsable d'équipe/ }).check();
  await page.getByRole('button', { name: 'Créer le profil' }).click();
  await page.getByRole('heading', { level: 1, name: 'Revue' }).waitFor();
}

/** Writes the files in a fresh temporary folder; `cleanup` removes it. */
export function writeBundles(files: { name: string; text: string }[]) {
  const folder = mkdtempSync(join(tmpdir(), 'coulisses-review-bench-'));
  const paths = files.map((file) => {
    const path = join(folder, file.name);
    writeFileSync(path, file.text);
    return path;
  });
  return { paths, cleanup: () => rmSync(folder, { recursive: true, force: true }) };
}

export interface ImportRun {
  /** From the picker's change event to the last file's report on screen. */
  ms: number;
  /** The progress bar's successive values (value/max), as the page showed them. */
  progress: number[];
  /** The longest time the page did not paint a frame during the import. */
  longestFrameGapMs: number;
}

/**
 * Picks the files and waits for `reports` report lines. The page records when the picker fired,
 * every change of the progress bar, and frame times, so the figures are the page's own clock.
 */
export async function importThroughPicker(
  page: Page,
  paths: string[],
  reports: number,
): Promise<ImportRun> {
  await page.evaluate('globalThis.__name ??= (f) => f');
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const progress: number[] = [];
    const frames: number[] = [];
    w.__reviewBench = { start: 0, progress, frames, recording: true };
    const bench = w.__reviewBench as { start: number; recording: boolean };
    document.addEventListener(
      'change',
      () => {
        bench.start = performance.now();
      },
      { capture: true },
    );
    const seen = () => {
      const bar = document.querySelector('progress');
      if (!bar) return;
      const value = Number(bar.value) / Number(bar.max || 1);
      if (progress.at(-1) !== value) progress.push(value);
    };
    new MutationObserver(seen).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['value', 'max'],
    });
    const frame = (time: number) => {
      frames.push(time);
      if (bench.recording) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await page.getByLabel('Choisir des fichiers').setInputFiles(paths);
  await page.waitForFunction(
    (count) =>
      document.querySelectorAll('.import-reports > .import-report').length >= count &&
      !document.querySelector('progress'),
    reports,
    { timeout: 300_000, polling: 50 },
  );
  return page.evaluate(() => {
    const end = performance.now();
    const bench = (window as unknown as Record<string, unknown>).__reviewBench as {
      start: number;
      progress: number[];
      frames: number[];
      recording: boolean;
    };
    bench.recording = false;
    const frames = bench.frames.filter((time) => time >= bench.start);
    const gap = frames.reduce(
      (most, time, i) => (i === 0 ? 0 : Math.max(most, time - (frames[i - 1] ?? time))),
      0,
    );
    return { ms: end - bench.start, progress: bench.progress, longestFrameGapMs: gap };
  });
}

/**
 * Where the last file's import went, step by step, from the marks the import leaves on the
 * page's timeline: reading the file, the gate (JSON, schema, hygiene), conversion to documents,
 * then storing (dedup by id and the write).
 */
export async function importSteps(page: Page): Promise<{ step: string; ms: number }[]> {
  const marks = await page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .filter((entry) => entry.name.startsWith('review-import:'))
      .map((entry) => ({ name: entry.name.slice('review-import:'.length), at: entry.startTime })),
  );
  return marks.slice(1).map((entry, i) => ({
    step: entry.name,
    ms: entry.at - (marks[i]?.at ?? entry.at),
  }));
}

/** The text of every import report line (to check what went in). */
export function reportTexts(page: Page): Promise<string[]> {
  return page.locator('.import-reports > .import-report').allInnerTexts();
}

/**
 * From a click on the « Revue » link (another page open, Revue's code already loaded) to the
 * team table holding `rows` agents: reading the imported sessions, summarising and drawing.
 */
export async function openTeamMs(page: Page, rows: number): Promise<number> {
  await page.getByRole('navigation').getByRole('link', { name: 'Paramètres' }).click();
  await page.getByRole('heading', { level: 1, name: 'Paramètres' }).waitFor();
  const start = await page.evaluate(() => performance.now());
  await page.getByRole('navigation').getByRole('link', { name: 'Revue' }).click();
  const handle = await page.waitForFunction(
    (count) =>
      document.querySelectorAll('.review-table tbody tr').length >= count ? performance.now() : 0,
    rows,
    { polling: 'raf', timeout: 120_000 },
  );
  return ((await handle.jsonValue()) as number) - start;
}

/** From a click on a column header to the table redrawn in that order (the next frame). */
export async function sortMs(page: Page, column: string): Promise<number> {
  const header = page.getByRole('columnheader', { name: column });
  const before = await page.locator('.review-table tbody tr').first().innerText();
  const start = await page.evaluate(() => performance.now());
  await header.getByRole('button').click();
  const handle = await page.waitForFunction(
    (first) => {
      const row = document.querySelector<HTMLElement>('.review-table tbody tr');
      return row && row.innerText !== first ? performance.now() : 0;
    },
    before,
    { polling: 'raf', timeout: 60_000 },
  );
  return ((await handle.jsonValue()) as number) - start;
}

/**
 * The floor under the import on this machine: the rows the import wrote (blocks of sessions and
 * their transcripts), read back from the app's database and added by a bare IndexedDB transaction
 * to a fresh database with the same indexes. Milliseconds from the first add to the completion.
 */
export async function bareWriteMs(page: Page): Promise<number> {
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((done, fail) => {
        r.onsuccess = () => done(r.result);
        r.onerror = () => fail(r.error);
      });
    const app = await request(indexedDB.open('coulisses'));
    const read = (store: string) => request(app.transaction(store).objectStore(store).getAll());
    const blocks = await read('reviewBlocks');
    const transcripts = await read('reviewTranscripts');
    app.close();
    const opening = indexedDB.open(`bench-floor-${Date.now()}`, 1);
    opening.onupgradeneeded = () => {
      const store = opening.result.createObjectStore('b', { keyPath: 'id' });
      store.createIndex('agent', 'agent');
      store.createIndex('first', 'first');
      store.createIndex('ids', 'ids', { multiEntry: true });
      opening.result.createObjectStore('t', { keyPath: 'id' });
    };
    const db = await request(opening);
    const start = performance.now();
    await new Promise<void>((done, fail) => {
      const tx = db.transaction(['b', 't'], 'readwrite');
      for (const row of blocks) tx.objectStore('b').add(row);
      for (const row of transcripts) tx.objectStore('t').add(row);
      tx.oncomplete = () => done();
      tx.onerror = () => fail(tx.error);
    });
    const ms = performance.now() - start;
    db.close();
    indexedDB.deleteDatabase(db.name);
    return ms;
  });
}
