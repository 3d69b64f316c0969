import { expect, expectAccessible, test } from './fixtures';
import { createAgent, pickUpExampleCall } from './rehearsal-helpers';

test('dead air: twenty silent seconds reach the engine and the customer reacts', async ({
  page,
  problems,
}) => {
  void problems;
  await page.clock.install();
  await createAgent(page, 'Lina');
  await pickUpExampleCall(page, 'Répétition');
  const log = page.getByRole('log', { name: 'Conversation' });
  await expect(page.getByRole('button', { name: 'Raccrocher' })).toBeVisible();
  const customerLines = await log.locator('.turn--customer').count();

  await page.clock.runFor(21_000);
  await expect(log.getByText('Silence de 20 s.')).toBeVisible();
  await expect(log.locator('.turn--customer')).toHaveCount(customerLines + 1);
  await expect(page.getByText(/^Durée de l'appel : 0:2\d$/)).toBeVisible();

  // The voice switch is there; headless Chromium has no voices, and the stage says so.
  await page.getByLabel('Voix du client (synthèse vocale)').check();
  await expect(page.getByText(/Aucune voix de synthèse disponible/)).toBeVisible();
  await expectAccessible(page);
});
