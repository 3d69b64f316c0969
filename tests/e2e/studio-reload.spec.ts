import { expect, test } from './fixtures';
import { createTrainer, inspector as form } from './studio-helpers';

// « Never lose a keystroke »: a trainer who reloads right after typing — before the autosave's
// short delay has passed and « Enregistré » shows — finds what they typed, in a script draft and
// in a brand draft alike.

test('a reload right after typing keeps the last keystrokes of a script and of a brand', async ({
  page,
}) => {
  await createTrainer(page);
  await page.getByRole('button', { name: 'Nouveau script vierge' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau script' })).toBeVisible();
  await form(page).getByLabel('Titre', { exact: true }).fill('Colis en retard (relu)');
  await page.reload();
  await expect(form(page).getByLabel('Titre', { exact: true })).toHaveValue(
    'Colis en retard (relu)',
  );

  await page.goto('/atelier');
  await page.getByRole('button', { name: 'Nouvelle charte de marque (vierge)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Charte « Nouvelle marque »');
  await form(page).getByLabel('Nom de la marque (fictive)').fill('Azur Vélos');
  await page.reload();
  await expect(form(page).getByLabel('Nom de la marque (fictive)')).toHaveValue('Azur Vélos');
});
