import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { createAgent, pickUpExampleCall, POLITE_FRENCH_LINES } from './rehearsal-helpers';

const END = "Fin de l'appel";

// Whole calls typed line by line through the real stage, then an axe pass: slow on a busy machine.
test.describe.configure({ timeout: 180_000 });

/** Types the lines one by one, each answered by the customer, until the end screen shows. */
async function say(page: Page, lines: readonly string[]): Promise<void> {
  const log = page.getByRole('log', { name: 'Conversation' });
  const end = page.getByRole('heading', { level: 2, name: END });
  const line = page.getByLabel('Votre réplique');
  for (const text of lines) {
    if (await end.isVisible()) return;
    const before = await log.locator('.turn--customer').count();
    await line.fill(text);
    await line.press('Enter');
    await expect(log.locator('.turn--customer').nth(before).or(end)).toBeVisible();
  }
}

test('gibberish never moves the call on: the customer asks again, then hangs up', async ({
  page,
  problems,
}) => {
  void problems;
  await createAgent(page);
  await pickUpExampleCall(page, 'Filage');
  const log = page.getByRole('log', { name: 'Conversation' });
  await say(page, ['azerty']);
  await expect(log.locator('.turn--customer').last()).toHaveText(/Pardon|Comment \?|répéter/u);
  await say(page, ['?', 'qsdf jklm', 'Au revoir.']);
  await expect(page.getByRole('heading', { level: 2, name: END })).toBeVisible();
  await expect(page.getByText('Appel non réussi')).toBeVisible();
  await expect(page.getByText('Le client a raccroché.')).toBeVisible();
  await expectAccessible(page);
});

test('silence: the customer speaks up, then hangs up; the call is not a success', async ({
  page,
  problems,
}) => {
  void problems;
  await page.clock.install();
  await createAgent(page, 'Lina');
  await pickUpExampleCall(page, 'Filage');
  const end = page.getByRole('heading', { level: 2, name: END });
  const silences = page.getByRole('log', { name: 'Conversation' }).getByText('Silence de 20 s.');
  // Each silence is twenty seconds after the last turn is stored (a real IndexedDB write, in real
  // time): run the fake clock one silence at a time and wait for the write, or the wait is lost.
  for (let silence = 0; silence < 20 && !(await end.isVisible()); silence += 1) {
    const before = await silences.count();
    await page.clock.runFor(21_000);
    await expect(silences.nth(before).or(end)).toBeVisible();
  }
  await expect(end).toBeVisible();
  await expect(page.getByText('Appel non réussi')).toBeVisible();
  await expect(page.getByText('Le client a raccroché.')).toBeVisible();
});

test('skipping verification is marked at the change, and the call is not a success', async ({
  page,
  problems,
}) => {
  void problems;
  await createAgent(page);
  await pickUpExampleCall(page, 'Filage');
  // Greeting, then straight to the change and the goodbye: no identity check.
  await say(page, [
    POLITE_FRENCH_LINES[0] ?? '',
    POLITE_FRENCH_LINES[2] ?? '',
    POLITE_FRENCH_LINES[3] ?? '',
  ]);
  await expect(page.getByRole('heading', { level: 2, name: END })).toBeVisible();
  await expect(page.getByText('Appel non réussi')).toBeVisible();
  await expect(
    page.getByText("Action sur le compte avant la vérification d'identité.").first(),
  ).toBeVisible();
});

test('a careful call, step by step, ends in « Appel réussi » with a goodbye from the customer', async ({
  page,
  problems,
}) => {
  void problems;
  await createAgent(page);
  await pickUpExampleCall(page, 'Filage');
  await say(page, POLITE_FRENCH_LINES);
  await expect(page.getByRole('heading', { level: 2, name: END })).toBeVisible();
  await expect(page.getByText('Appel réussi')).toBeVisible();
  const customer = page.locator('.turn--customer .turn__text');
  await expect(customer.last()).toHaveText(/au revoir|bonne journée/iu);
  await expectAccessible(page);
});
