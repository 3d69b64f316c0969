// Issue 14, item 7: a new version is announced, never forced mid-call. The build is served from
// a copy of dist/ that the test can change, as a new deployment would: a new sw.js arrives
// during a call, and the update banner waits for the call to end.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createStaticServer } from '../../tools/static-server.mjs';
import { expect, test } from './fixtures';
import { createAgent, pickUpExampleCall, POLITE_FRENCH_LINES } from './rehearsal-helpers';

let copy = '';
let server: Server;
let origin = '';

test.beforeAll(async () => {
  // The suite's web server has built dist/ before any test runs.
  copy = mkdtempSync(join(tmpdir(), 'coulisses-deploy-'));
  cpSync('dist', copy, { recursive: true });
  server = createStaticServer(copy);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(copy, { recursive: true, force: true });
});

/** Deploys "a new version": the service worker's script changes, as any new build changes it. */
function deployNewVersion(): void {
  const file = join(copy, 'sw.js');
  writeFileSync(file, `${readFileSync(file, 'utf8')}\n// build ${Date.now()}\n`);
  rmSync(`${file}.br`, { force: true });
  rmSync(`${file}.gz`, { force: true });
}

const registrationState = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return {
      active: registration?.active?.state ?? null,
      waiting: registration?.waiting?.state ?? null,
    };
  });

test('a new version waits for the end of the call, then updates when the agent accepts', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'allow' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));

  await createAgent(page);
  // An agent's first visit installs the service worker once a call is on (issue 19, item 5);
  // the next call, opened by a page load, runs under it.
  await pickUpExampleCall(page, 'Filage');
  await expect
    .poll(() => registrationState(page), { timeout: 60_000 })
    .toEqual({
      active: 'activated',
      waiting: null,
    });
  await pickUpExampleCall(page, 'Filage');
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const log = page.getByRole('log', { name: 'Conversation' });
  const line = page.getByLabel('Votre réplique');
  await line.fill(POLITE_FRENCH_LINES[0] ?? '');
  await line.press('Enter');
  await expect(log.locator('.turn--customer')).toHaveCount(1);

  // Mid-call, a new version is deployed and the browser finds it.
  deployNewVersion();
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect
    .poll(() => registrationState(page), { timeout: 60_000 })
    .toEqual({ active: 'activated', waiting: 'installed' });
  // The call goes on, with no offer and no reload.
  await line.fill(POLITE_FRENCH_LINES[1] ?? '');
  await line.press('Enter');
  await expect(log.locator('.turn--customer')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Mettre à jour' })).toHaveCount(0);
  await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));

  await page.getByRole('button', { name: 'Raccrocher' }).click();
  await expect(page.getByRole('heading', { level: 2, name: "Fin de l'appel" })).toBeVisible();
  const banner = page.getByRole('status', { name: 'Une nouvelle version de Coulisses est prête' });
  await expect(banner).toBeVisible();
  // Still the same page: nothing reloaded by itself.
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(
    true,
  );

  // The page reloads into the new version, which is now the active one.
  const reloaded = page.waitForEvent('load');
  await banner.getByRole('button', { name: 'Mettre à jour' }).click();
  await reloaded;
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(
    undefined,
  );
  await expect(page.getByRole('heading', { level: 2, name: "Fin de l'appel" })).toBeVisible();
  await expect.poll(() => registrationState(page)).toEqual({ active: 'activated', waiting: null });
  await expect(page.getByRole('button', { name: 'Mettre à jour' })).toHaveCount(0);
  expect(errors).toEqual([]);
  await context.close();
});
