// Issue 14, item 7: the production build installs (a valid web app manifest) and, after one
// visit, starts and plays a call with the network off, served by its service worker.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import {
  createAgent,
  EXAMPLE_SCRIPT,
  pickUpExampleCall,
  POLITE_FRENCH_LINES,
} from './rehearsal-helpers';

// The other specs block service workers (playwright.config.ts); this one is about them.
test.use({ serviceWorkers: 'allow' });

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

/** Waits until this page's service worker is activated: the precache is complete. */
async function serviceWorkerActivated(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return registration?.active?.state ?? 'none';
        }),
      { timeout: 60_000 },
    )
    .toBe('activated');
}

/**
 * An agent's first visit installs the service worker once a call is on the stage, so that its
 * precache never slows the call's start (issue 19, item 5): a call is picked up, the precache
 * completes, and the visit goes on from the catalogue.
 */
async function firstCallInstalls(page: Page): Promise<void> {
  await pickUpExampleCall(page, 'Filage');
  await serviceWorkerActivated(page);
  await page.goto('/repeter');
  await expect(page.getByRole('heading', { level: 1, name: 'Répéter' })).toBeVisible();
}

/** Counts the page's calls to navigator.storage.persist() (the browser still answers them). */
async function countPersistenceRequests(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const storage = navigator.storage;
    const persist = storage.persist.bind(storage);
    const counted = window as unknown as { persistenceRequests: number };
    counted.persistenceRequests = 0;
    storage.persist = () => {
      counted.persistenceRequests += 1;
      return persist();
    };
  });
}

const persistenceRequests = (page: Page) =>
  page.evaluate(() => (window as unknown as { persistenceRequests: number }).persistenceRequests);

/** The URLs the service worker precached (workbox keeps them in a cache named …precache…). */
function precachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const names = (await caches.keys()).filter((name) => name.includes('precache'));
    const urls: string[] = [];
    for (const name of names)
      for (const request of await (await caches.open(name)).keys())
        urls.push(new URL(request.url).pathname);
    return urls;
  });
}

test('installable: the manifest is linked, in French, and its icons are real PNGs', async ({
  page,
  problems,
}) => {
  void problems;
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const response = await page.request.get(href ?? '');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/manifest+json');
  const manifest = (await response.json()) as Record<string, unknown> & { icons: ManifestIcon[] };
  expect(manifest).toMatchObject({
    name: 'Coulisses',
    short_name: 'Coulisses',
    lang: 'fr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    // The app's colours (src/app/styles.css): curtain red and stage cream.
    theme_color: '#7a1f2b',
    background_color: '#fbf7ef',
  });
  expect(manifest.description).toMatch(/client simulé/);
  const wanted = [
    { sizes: '192x192', purpose: 'any' },
    { sizes: '512x512', purpose: 'any' },
    { sizes: '512x512', purpose: 'maskable' },
  ];
  expect(manifest.icons.map(({ sizes, purpose }) => ({ sizes, purpose }))).toEqual(wanted);
  for (const icon of manifest.icons) {
    const image = await page.request.get(icon.src);
    expect(image.status(), icon.src).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
    const bytes = await image.body();
    // PNG signature, then the IHDR chunk's width and height.
    expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(icon.sizes);
  }
  const theme = page.locator('meta[name="theme-color"]');
  await expect(theme).toHaveAttribute('content', '#7a1f2b');
});

test('after one visit with a call, the app starts and plays a call offline', async ({
  page,
  context,
  problems,
}) => {
  void problems;
  test.setTimeout(150_000);
  await countPersistenceRequests(page);
  await createAgent(page);
  // The first thing stored (the profile) makes the app ask to keep its data (issue 14 item 7).
  await expect.poll(() => persistenceRequests(page)).toBeGreaterThanOrEqual(1);
  await firstCallInstalls(page);

  // Répéter is precached; Atelier and Revue are not (issue 15: an agent who never opens them
  // downloads none of them).
  const precached = await precachedUrls(page);
  expect(precached).toContain('/index.html');
  expect(precached).toContain('/manifest.webmanifest');
  for (const route of ['catalogue-page', 'setup-page', 'stage-page', 'history-page'])
    expect(
      precached.some((url) => url.includes(`/assets/${route}-`)),
      route,
    ).toBe(true);
  for (const model of ['_coulisses-move-model_fr', '_coulisses-move-model_en'])
    expect(
      precached.some((url) => url.includes(`/assets/${model}-`)),
      model,
    ).toBe(true);
  expect(precached.some((url) => url.includes(`/assets/${EXAMPLE_SCRIPT}-`))).toBe(true);
  for (const area of ['shelf-page', 'editor-page', 'review-area', 'sync-runtime'])
    expect(
      precached.filter((url) => url.includes(`/assets/${area}-`)),
      area,
    ).toEqual([]);

  // From here every answer the page gets must come from the service worker.
  const fromNetwork: string[] = [];
  page.on('response', (response) => {
    if (!response.fromServiceWorker()) fromNetwork.push(response.url());
  });
  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  const reloaded = await page.reload();
  // The page came from the service worker, not the (unreachable) server.
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'Répéter' })).toBeVisible();
  const catalogue = page.getByRole('list', { name: 'Choisir un appel' });
  await expect(
    catalogue.getByRole('heading', { level: 2, name: /Changer la date de prélèvement/ }),
  ).toBeVisible();
  await expectAccessible(page);

  await pickUpExampleCall(page, 'Filage');
  await expect(page.getByRole('heading', { level: 1, name: /En scène/ })).toBeVisible();
  const log = page.getByRole('log', { name: 'Conversation' });
  const line = page.getByLabel('Votre réplique');
  for (const [index, text] of POLITE_FRENCH_LINES.slice(0, 2).entries()) {
    await line.fill(text);
    await line.press('Enter');
    await expect(log.locator('.turn--agent')).toHaveCount(index + 1);
    await expect(log.locator('.turn--customer')).toHaveCount(index + 1);
  }
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré' })).toBeVisible();
  // Offline changes nothing for the agent: no update offered, no error on screen.
  await expect(page.getByRole('button', { name: 'Mettre à jour' })).toHaveCount(0);
  expect(fromNetwork).toEqual([]);
  // Offline too, the first turn stored makes this page load ask again.
  expect(await persistenceRequests(page)).toBeGreaterThanOrEqual(1);
  await context.setOffline(false);
});

test('Atelier is not downloaded ahead, but once visited it opens offline too', async ({
  page,
  context,
  problems,
}) => {
  void problems;
  test.setTimeout(150_000);
  await createAgent(page);
  await firstCallInstalls(page);
  // The first page load ran before the service worker; from this one on, it answers.
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page
    .getByRole('navigation', { name: 'Espaces' })
    .getByRole('link', { name: 'Atelier' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Atelier' })).toBeVisible();
  const kept = await page.evaluate(async () =>
    (await (await caches.open('coulisses-on-demand')).keys()).map(
      (request) => new URL(request.url).pathname,
    ),
  );
  expect(kept.some((url) => url.startsWith('/assets/shelf-page-'))).toBe(true);

  const fromNetwork: string[] = [];
  page.on('response', (response) => {
    if (!response.fromServiceWorker()) fromNetwork.push(response.url());
  });
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Atelier' })).toBeVisible();
  expect(fromNetwork).toEqual([]);
  await context.setOffline(false);
});
