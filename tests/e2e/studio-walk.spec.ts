import { expect, expectAccessible, test } from './fixtures';
import { createTrainer, inspector, openStep } from './studio-helpers';

// A careless trainer, walked through the real app: a title emptied then left, and a step deleted
// from the list view (the keyboard and screen-reader way) and brought back with Ctrl+Z.

test('a draft whose title was emptied is still opened from the shelf, and a step is deleted from the list and undone', async ({
  page,
  problems,
}) => {
  void problems;
  test.setTimeout(120_000); // axe on a busy shared machine
  await createTrainer(page);
  await page.getByRole('button', { name: 'Nouveau script vierge' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau script' })).toBeVisible();
  await inspector(page).getByLabel('Titre', { exact: true }).fill('');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sans titre (nouveau-script)');
  await expect(page.locator('section.problems')).toContainText('Champ vide : il doit être rempli.');

  await page.getByRole('link', { name: "← Retour à l'étagère de l'Atelier" }).click();
  await page.getByRole('link', { name: 'Sans titre (nouveau-script)' }).click();
  await page.getByRole('radio', { name: 'Liste' }).check();
  const steps = page.getByRole('list', { name: 'Étapes du script' }).locator(':scope > li');
  await expect(steps).toHaveCount(2);

  // « Appel résolu » is where « Accueil » leads: deleting it says so, and takes the branch too.
  await openStep(page, 'Appel résolu');
  const remove = inspector(page).getByRole('button', { name: "Supprimer l'étape" });
  await expect(remove).toHaveAccessibleDescription(
    '1 embranchement y mène : il sera retiré avec elle. Ctrl+Z rétablit les deux.',
  );
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(steps).toHaveCount(1);
  await expect(inspector(page).getByRole('heading', { level: 2 })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press('Control+z');
  await expect(steps).toHaveCount(2);
  await expect(steps.first()).toContainText('mène à « Appel résolu »');
});
