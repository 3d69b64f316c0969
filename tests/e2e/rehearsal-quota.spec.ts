import { expect, expectAccessible, test } from './fixtures';
import { createAgent, POLITE_FRENCH_LINES, pickUpExampleCall } from './rehearsal-helpers';

test('a full disk (IndexedDB refusing writes) shows the banner and loses nothing already saved', async ({
  page,
  problems,
}) => {
  void problems;
  await createAgent(page, 'Nora');
  await pickUpExampleCall(page, 'Filage');
  const log = page.getByRole('log', { name: 'Conversation' });
  const line = page.getByLabel('Votre réplique');
  await line.fill(POLITE_FRENCH_LINES[0] ?? '');
  await line.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^Enregistré$/ })).toBeVisible();
  const saved = await log.innerText();

  // The disk is full: IndexedDB refuses every write from now on, as Chromium does at quota.
  // (CDP's Storage.overrideQuotaForOrigin did not take effect on this Chromium build.)
  await page.evaluate(() => {
    const refuse = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = refuse;
    IDBObjectStore.prototype.add = refuse;
  });
  await line.fill(POLITE_FRENCH_LINES[1] ?? '');
  await line.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Problème de stockage');
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

  // A reload (the disk freed) finds everything that had been saved before the failure.
  await page.reload();
  await expect(log.locator('.turn--agent')).toHaveCount(1);
  expect(await log.innerText()).toBe(saved);
});
