import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { createAgent, pickUpExampleCall, POLITE_FRENCH_LINES } from './rehearsal-helpers';

/**
 * Répétition, seed 6 (found by running the engine with `npm run rehearse`): M. Garnier interrupts
 * on the second turn (« faites vite »); a line that hears him and asks for his number brings him
 * back on track on turn 4, and the call ends "resolved" at 100/100. The customer answers the
 * words, so the agent's second line has to answer the interruption.
 */
const INTERRUPTED_SEED = 6;
const INTERRUPTED_LINES = [
  POLITE_FRENCH_LINES[0] ?? '',
  "Je comprends, vous voulez aller vite et je m'en occupe tout de suite. Pour sécuriser votre dossier, pouvez-vous me donner votre numéro client, s'il vous plaît ?",
  POLITE_FRENCH_LINES[2] ?? '',
  POLITE_FRENCH_LINES[3] ?? '',
];

/** Types the lines one by one until the end screen shows. */
async function playUntilTheEnd(page: Page, lines: readonly string[]): Promise<void> {
  const log = page.getByRole('log', { name: 'Conversation' });
  const end = page.getByRole('heading', { level: 2, name: "Fin de l'appel" });
  const line = page.getByLabel('Votre réplique');
  for (const [index, text] of lines.entries()) {
    await line.fill(text);
    await line.press('Enter');
    // The customer's reply (or the end screen, for the line that ends the call).
    await expect(log.locator('.turn--customer').nth(index).or(end)).toBeVisible();
    if (await end.isVisible()) return;
  }
  await expect(end).toBeVisible();
}

test('the debrief charts the mood with the aside marked; my sessions chart the progress', async ({
  page,
  problems,
}) => {
  void problems;
  await createAgent(page);

  // A first call without any aside.
  await pickUpExampleCall(page, 'Filage');
  await playUntilTheEnd(page, POLITE_FRENCH_LINES);
  const calm = page.getByRole('figure', { name: 'Humeur du client, tour par tour' });
  await expect(calm).toContainText('Aucun imprévu : le client est resté dans le texte.');
  await expect(calm.getByRole('img').locator('.chart-mark')).toHaveCount(0);

  // A second call where the customer interrupts.
  await pickUpExampleCall(page, 'Répétition', INTERRUPTED_SEED);
  await playUntilTheEnd(page, INTERRUPTED_LINES);
  await expect(page.getByText('Appel réussi')).toBeVisible();
  const mood = page.getByRole('figure', { name: 'Humeur du client, tour par tour' });
  const chart = mood.getByRole('img');
  await expect(chart).toHaveAccessibleName(/Imprévus\s:\s1, marqués sur le graphique\./);
  await expect(chart.locator('.chart-series__line')).toHaveCount(3);
  await expect(chart.locator('.chart-mark')).toHaveText(['Interruption', 'Retour au fil']);
  await expect(chart.locator('.chart-mark').first().locator('polygon')).toHaveCount(1);
  await mood.getByText('Voir les valeurs').click();
  const values = mood.getByRole('table', { name: 'Humeur du client après chaque tour (sur 100)' });
  await expect(values.getByRole('row')).toHaveCount(9);
  await expect(values.getByRole('row').nth(2)).toContainText(
    /^2Client\d+\d+\d+Début\s:\sInterruption$/,
  );
  await expect(values.getByRole('row').nth(4)).toContainText('Retour au fil après');
  await expectAccessible(page);

  // My sessions: the scores, the progress chart and its trend, then the filters.
  await page.getByRole('link', { name: 'Voir mes séances' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mes séances' })).toBeVisible();
  const list = page.getByRole('region', { name: 'Liste de mes séances' });
  await expect(list.getByRole('row')).toHaveCount(3);
  await expect(list.getByRole('row').nth(1)).toContainText('20/20 — Très bien');
  await expect(list.getByRole('row').nth(2)).toContainText('20/20 — Très bien');
  const progress = page.getByRole('region', { name: 'Progression' });
  const trend = progress.getByRole('figure', {
    name: 'Vos scores par critère, séance après séance',
  });
  await expect(trend).toContainText(/Note globale\s:\sstable sur vos 2 derniers appels notés\./);
  await expect(trend.getByRole('img').locator('.chart-series__line')).toHaveCount(3);
  await expectAccessible(page);

  await page.getByLabel('Mode').selectOption({ label: 'Répétition' });
  await expect(page.getByRole('status').filter({ hasText: /Séances affichées/ })).toHaveText(
    /^Séances affichées\s:\s1 sur 2$/,
  );
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(progress.getByRole('figure')).toHaveCount(0);
  await expect(progress).toContainText('Une seule séance notée pour ces filtres');
  await expectAccessible(page);
  // The filtered list goes to the team lead as it is: one bundle with the Répétition only.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter la séance affichée' }).click();
  const bundle = JSON.parse(await readFile((await (await download).path()) ?? '', 'utf8')) as {
    kind: string;
    sessions: { mode: string }[];
  };
  expect(bundle.kind).toBe('coulisses-sessions');
  expect(bundle.sessions.map((session) => session.mode)).toEqual(['repetition']);

  // The row opens the past debrief, and coming back keeps the filter.
  await list.getByRole('link', { name: /^Ouvrir la séance/ }).click();
  await expect(page.getByRole('figure', { name: 'Humeur du client, tour par tour' })).toBeVisible();
  await page.goBack();
  await expect(page.getByLabel('Mode')).toHaveValue('repetition');
  await expect(list.getByRole('row')).toHaveCount(2);
});
