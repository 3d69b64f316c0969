import { expect, expectAccessible, test } from './fixtures';

/** Creates a trainer profile on a fresh browser profile and lands on Atelier's shelf. */
async function createTrainer(page: import('@playwright/test').Page) {
  await page.goto('/');
  await page.getByLabel('Nom affiché').fill('Inès Haddad');
  await page.getByRole('radio', { name: /Formateur/ }).check();
  await page.getByRole('button', { name: 'Créer le profil' }).click();
  await page.getByRole('heading', { level: 1, name: 'Atelier' }).waitFor();
}

test('a trainer writes a script from blank, fixes a problem, publishes it, and an agent plays it', async ({
  page,
  problems,
}) => {
  void problems;
  await createTrainer(page);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Nouveau script vierge' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau script' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /erreur/ })).toBeVisible();
  await page.screenshot({ path: 'reports/studio-1.png', fullPage: true });
});
