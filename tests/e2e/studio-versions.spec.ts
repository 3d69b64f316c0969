import { expect, expectAccessible, test } from './fixtures';
import { createTrainer, inspector, openStep } from './studio-helpers';

// A trainer publishes a script twice with a change in between, then compares the two versions:
// the changed step's parts read side by side, before | after.

test('two published versions compare step by step, a changed step side by side', async ({
  page,
  problems,
}) => {
  void problems;
  test.setTimeout(120_000); // axe on a busy shared machine
  await createTrainer(page);
  await page.getByRole('button', { name: 'Nouveau script vierge' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau script' })).toBeVisible();
  const publish = async (note: string, number: number) => {
    await page.getByLabel('Note de version (ce qui change)').fill(note);
    await page.getByRole('button', { name: 'Publier une nouvelle version' }).click();
    await expect(page.getByText(`Version ${number} publiée`)).toBeVisible();
  };
  await publish('Premier jet', 1);

  await page.getByRole('radio', { name: 'Liste' }).check();
  await openStep(page, 'Accueil');
  await inspector(page).getByLabel('Titre', { exact: true }).fill('Bienvenue');
  await inspector(page)
    .getByLabel('Répliques exemplaires')
    .fill('Brisa Énergie, bonjour ! Je suis Léa.');
  await publish('Accueil revu', 2);

  const form = page.getByRole('form', { name: 'Comparer deux versions' });
  await form.getByLabel('Avant').selectOption({ label: 'Version 1' });
  await form.getByLabel('Après').selectOption({ label: 'Version 2' });
  await form.getByRole('button', { name: 'Comparer' }).click();
  await expect(
    page.getByRole('heading', { name: 'De « Version 1 » à « Version 2 »' }),
  ).toBeFocused();
  const table = page.getByRole('table', { name: 'Étape « Bienvenue » (accueil)' });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Élément',
    'Avant : Version 1',
    'Après : Version 2',
  ]);
  await expect(table.getByRole('row', { name: /^Titre/ }).getByRole('cell')).toHaveText([
    'Accueil',
    'Bienvenue',
  ]);
  await expect(
    table.getByRole('row', { name: /^Répliques exemplaires/ }).getByRole('cell'),
  ).toHaveText(['—', 'Brisa Énergie, bonjour ! Je suis Léa.']);
  await expectAccessible(page);
});
