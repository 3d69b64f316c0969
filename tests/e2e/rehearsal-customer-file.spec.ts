import { expect, expectAccessible, test } from './fixtures';
import { createAgent, pickUpExampleCall, POLITE_FRENCH_LINES } from './rehearsal-helpers';

const MASKED = "masqué jusqu'à la vérification d'identité";

test('the customer file stands beside the call, masked until the caller proves who they are', async ({
  page,
  problems,
}) => {
  void problems;
  await createAgent(page);
  await pickUpExampleCall(page, 'Filage');
  const file = page.getByRole('region', { name: 'Fiche client' });
  await expect(file).toBeVisible();
  const value = (term: string) =>
    file.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
  await expect(value('Titulaire')).toHaveText('Monsieur Rémi Garnier');
  await expect(value('Numéro client')).toHaveText('BE-4471-0923');
  await expect(value('Adresse')).toContainText(MASKED);
  await expect(value('Dernières factures')).toContainText(MASKED);
  await expect(file.getByRole('status')).toHaveText(/Identité non vérifiée/);
  await expectAccessible(page);

  // Seed 8: asked for the number, M. Garnier reads it out with his last amount, as on file.
  const line = page.getByLabel('Votre réplique');
  const log = page.getByRole('log', { name: 'Conversation' });
  for (const [index, text] of POLITE_FRENCH_LINES.slice(0, 2).entries()) {
    await line.fill(text);
    await line.press('Enter');
    await expect(log.locator('.turn--customer').nth(index)).toBeVisible({ timeout: 20_000 });
  }
  await expect(log).toContainText('BE-4471-0923');
  await expect(value('Adresse')).toHaveText('12 rue des Tanneurs, 49100 Angers');
  await expect(value('Dernières factures')).toContainText('96,00');
  await expect(file.getByRole('status')).toHaveText(/Identité vérifiée/);
  await expect(file.getByText(MASKED)).toHaveCount(0);
});
