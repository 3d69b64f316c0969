import { readFileSync } from 'node:fs';
import { expect, expectAccessible, test } from './fixtures';
import { createTrainer } from './studio-helpers';

// Atelier, part 1 extras in a real browser: a Twine story imported from Twee 3 (report by
// passage, then opened in the editor), and a persona duplicated from the library, edited in its
// form, previewed, and found again after a reload.

test('a Twine story becomes a draft, with what was not carried over listed by passage', async ({
  page,
  problems,
}) => {
  void problems;
  test.setTimeout(180_000);
  await createTrainer(page);
  await page.getByLabel('Importer une histoire Twine (Twee 3)').setInputFiles({
    name: 'report.twee',
    mimeType: 'text/plain',
    buffer: readFileSync('tests/fixtures/twee/report-prelevement.twee'),
  });
  const report = page.getByRole('status').filter({ hasText: 'importé' });
  await expect(report.getByRole('heading', { level: 2 })).toHaveText(
    "« Report d'un prélèvement (Twine) » importé : 5 étapes",
  );
  await expect(report.getByRole('list', { name: 'Non repris (6)' })).toContainText(
    '(set: $colere to it + 1)',
  );
  await expectAccessible(page);
  await report.getByRole('link', { name: /Ouvrir/u }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: "Report d'un prélèvement (Twine)" }),
  ).toBeVisible();
  await page.getByRole('radio', { name: 'Liste' }).check();
  await expect(page.getByRole('list', { name: 'Étapes du script' })).toContainText('Calmer');
});

test('a library persona is duplicated, edited in its form, previewed and kept after a reload', async ({
  page,
  problems,
}) => {
  void problems;
  test.setTimeout(180_000);
  await createTrainer(page);
  await page
    .getByRole('button', { name: 'Dupliquer « M. Garnier, pressé » en brouillon' })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('(copie)');
  const preview = page.getByRole('region', { name: 'Ce que dirait ce client' });
  await expect(preview.getByRole('listitem').first()).toBeVisible();
  const first = await preview.getByRole('list').innerText();
  await preview.getByRole('button', { name: 'Autre tirage' }).click();
  await expect(preview).toContainText('Tirage n° 2');
  expect(await preview.getByRole('list').innerText()).not.toBe(first);

  await page.getByLabel("Ce qu'il veut obtenir").fill('Un remboursement sous huit jours.');
  // The temperament dials are keyboard sliders.
  const patience = page.getByRole('slider', { name: 'Patience' });
  const before = Number(await patience.inputValue());
  await patience.focus();
  await page.keyboard.press(before < 1 ? 'ArrowRight' : 'ArrowLeft');
  await expect(patience).toHaveValue(
    String(Math.round((before + (before < 1 ? 0.05 : -0.05)) * 100) / 100),
  );
  await expect(page.getByText('Enregistré', { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByLabel("Ce qu'il veut obtenir")).toHaveValue(
    'Un remboursement sous huit jours.',
  );
  await expect(page.getByRole('slider', { name: 'Patience' })).not.toHaveValue(String(before));
});
