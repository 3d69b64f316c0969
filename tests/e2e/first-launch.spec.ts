import { expect, expectAccessible, test } from './fixtures';

test('first launch → profile → three areas → English and back → reload keeps everything', async ({
  page,
  problems,
}) => {
  void problems; // the fixture checks console errors and CSP violations after the test
  await page.goto('/');
  await expect(page).toHaveURL(/\/bienvenue$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Créer votre profil' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Nom affiché').fill('Camille Roux');
  await page.getByRole('radio', { name: /Agent/ }).check();
  await page.getByRole('button', { name: 'Créer le profil' }).click();
  await expect(page).toHaveURL(/\/repeter$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Répéter' })).toBeVisible();
  await expectAccessible(page);

  const nav = page.getByRole('navigation', { name: 'Espaces' });
  for (const [link, heading] of [
    ['Atelier', 'Atelier'],
    ['Revue', 'Revue'],
    ['Paramètres', 'Paramètres et à propos'],
    ['Répéter', 'Répéter'],
  ] as const) {
    await nav.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeFocused();
    await expectAccessible(page);
  }
  await page.getByRole('link', { name: 'Coulisses' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Bienvenue, Camille Roux' }),
  ).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Langue').selectOption('en');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Welcome, Camille Roux' }),
  ).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page);

  // Real IndexedDB: after a reload, the profile and the language come back from storage.
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Welcome, Camille Roux' }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: /Active profile: Camille Roux · Agent/ }),
  ).toBeVisible();

  await page.getByLabel('Language').selectOption('fr');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Bienvenue, Camille Roux' }),
  ).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Bienvenue, Camille Roux' }),
  ).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});

test('unknown addresses get the 404 page', async ({ page, problems }) => {
  void problems;
  await page.goto('/');
  await page.getByLabel('Nom affiché').fill('Yanis');
  await page.getByRole('button', { name: 'Créer le profil' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Répéter' })).toBeVisible();
  await page.goto('/nulle-part');
  await expect(page.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: "Revenir à l'accueil" }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bienvenue, Yanis' })).toBeVisible();
});

test('the whole first launch works with the keyboard alone', async ({ page, problems }) => {
  void problems;
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Créer votre profil' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
  await page.keyboard.press('Enter');
  // From the main landmark, Tab reaches the name field first.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Nom affiché')).toBeFocused();
  await page.keyboard.type('Agathe');
  await page.keyboard.press('Tab'); // the role radio group
  await page.keyboard.press('ArrowDown'); // agent → formateur
  await expect(page.getByRole('radio', { name: /Formateur/ })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Créer le profil' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Atelier' })).toBeVisible();
});

test('the settings page reports real browser storage', async ({ page, problems }) => {
  void problems;
  await page.goto('/');
  await page.getByLabel('Nom affiché').fill('Rose');
  await page.getByRole('button', { name: 'Créer le profil' }).click();
  await page
    .getByRole('navigation', { name: 'Espaces' })
    .getByRole('link', { name: 'Paramètres' })
    .click();
  await expect(page.getByTestId('storage-usage')).toContainText('Espace utilisé');
  await expect(page.getByTestId('storage-persistence')).toContainText('Stockage persistant');
  await expect(page.getByText(/pas une sauvegarde/)).toBeVisible();
  await expect(page.getByText(/^Version \d+\.\d+\.\d+$/)).toBeVisible();
});

test('the pages fit a 360 px phone screen without sideways scrolling', async ({
  page,
  problems,
}) => {
  void problems;
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('/');
  await page.getByLabel('Nom affiché').fill('Inès Fabre');
  await page.getByRole('button', { name: 'Créer le profil' }).click();
  const widthOf = () => page.evaluate(() => document.documentElement.scrollWidth);
  // Each page once its content is in: the catalogue's cards, the empty history, the settings.
  for (const [path, content] of [
    ['/repeter', /Scénarios affichés/],
    ['/repeter/seances', /Aucune séance pour l'instant/],
    ['/parametres', /pas une sauvegarde/],
  ] as const) {
    await page.goto(path);
    await expect(page.getByText(content).first()).toBeVisible();
    expect(await widthOf(), path).toBeLessThanOrEqual(360);
  }
});
