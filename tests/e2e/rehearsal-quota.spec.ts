import { expect, expectAccessible, test } from './fixtures';
import { createAgent, POLITE_FRENCH_LINES, pickUpExampleCall } from './rehearsal-helpers';

// Chromium's IndexedDB asks the quota manager how much room is left and then trusts that figure,
// decaying, for 30 seconds (BucketContext::kBucketSpaceCacheTimeLimit): a CDP quota override
// only bites once that cache has run out. Measured on Chromium 156 (Debian): writes right after
// Storage.overrideQuotaForOrigin still commit, even past the new quota; 31 s later every write
// aborts with QuotaExceededError, in incognito contexts as in persistent profiles.
const QUOTA_CACHE_MS = 31_000;

test('a full disk (CDP quota override) shows the banner and loses nothing already saved', async ({
  page,
  problems,
}) => {
  void problems;
  test.setTimeout(120_000);
  // The call clock is paused while the test waits out Chromium's cache, so that no dead air
  // (and no write) happens meanwhile.
  await page.clock.install();
  await createAgent(page, 'Nora');
  await pickUpExampleCall(page, 'Filage');
  const log = page.getByRole('log', { name: 'Conversation' });
  const line = page.getByLabel('Votre réplique');
  await line.fill(POLITE_FRENCH_LINES[0] ?? '');
  await line.press('Enter');
  // « Enregistré » is already up before the engine answers: the reply, shown only once stored,
  // says the first exchange is on disk (and was written before the quota below).
  await expect(log.locator('.turn--customer')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: /^Enregistré$/ })).toBeVisible();
  const saved = await log.innerText();

  // The disk is now full: the origin's quota is what it already uses, plus one kilobyte.
  const cdp = await page.context().newCDPSession(page);
  const origin = new URL(page.url()).origin;
  const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 1024 });
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await page.waitForTimeout(QUOTA_CACHE_MS);
  await page.clock.resume();

  await line.fill(POLITE_FRENCH_LINES[1] ?? '');
  await line.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Problème de stockage');
  await expect(page.getByRole('alert')).toContainText(/plein/);
  await expect(page.getByText(/Non enregistré/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Exporter maintenant' })).toBeVisible();
  await expect(log.locator('.turn--agent')).toHaveCount(2);
  await expectAccessible(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter maintenant' }).click();
  const bundle = JSON.parse(
    await (await download).createReadStream().then(async (stream) => {
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    }),
  ) as { kind: string; sessions: { transcript: { speaker: string }[] }[] };
  expect(bundle.kind).toBe('coulisses-sessions');
  // The export has the line IndexedDB refused, from the tab's own copy.
  expect(bundle.sessions[0]?.transcript.filter((turn) => turn.speaker === 'agent')).toHaveLength(2);

  // The disk freed, a reload finds everything that had been saved before the failure.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await page.reload();
  await expect(log.locator('.turn--agent')).toHaveCount(1);
  expect(await log.innerText()).toBe(saved);
});
