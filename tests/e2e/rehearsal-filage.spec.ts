import { expect, expectAccessible, test } from './fixtures';
import {
  createAgent,
  FILAGE_LINES_WITH_A_SLIP,
  replyLatencies,
  pickUpExampleCall,
} from './rehearsal-helpers';

test('a whole Filage call typed in French, through to the end screen, saved turn by turn', async ({
  page,
  problems,
}) => {
  void problems;
  await createAgent(page);
  await expect(
    page.getByRole('heading', { level: 2, name: /Changer la date de prélèvement/ }),
  ).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: /Répéter « Changer la date de prélèvement/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Préparer l'appel" })).toBeVisible();
  await expect(page.getByText('Comment l’appel est noté'.replace('’', "'"))).toBeVisible();
  await expectAccessible(page);
  // A published seed makes the customer's improvisation reproducible for the test.
  await pickUpExampleCall(page, 'Filage');

  await expect(page.getByRole('heading', { level: 1, name: /En scène/ })).toBeVisible();
  const log = page.getByRole('log', { name: 'Conversation' });
  await expect(page.getByText('Humeur du client')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Souffleur' })).toHaveCount(0);
  await expectAccessible(page);

  const line = page.getByLabel('Votre réplique');
  for (const [index, text] of FILAGE_LINES_WITH_A_SLIP.entries()) {
    await line.fill(text);
    await line.press('Enter');
    // The last line ends the call: the stage gives way to the end screen.
    if (index === FILAGE_LINES_WITH_A_SLIP.length - 1) break;
    await expect(log.locator('.turn--agent')).toHaveCount(index + 1);
    if (index === 0) {
      // Shift+Enter is a new line, not a send.
      await expect(log.locator('.turn--customer')).toHaveCount(1);
      await line.pressSequentially('un');
      await line.press('Shift+Enter');
      await expect(line).toHaveValue('un\n');
      await line.fill('');
      await expect(page.getByRole('status').filter({ hasText: 'Enregistré' })).toBeVisible();
    }
  }

  await expect(page.getByRole('heading', { level: 2, name: "Fin de l'appel" })).toBeVisible();
  await expect(page.getByText('Appel réussi')).toBeVisible();
  await expect(page.getByText(/Date de prélèvement changée/)).toBeVisible();
  // The debrief: overall grade, brand tone and recovery, and the director's notes on the turns.
  await expect(page.getByRole('heading', { level: 3, name: 'Débrief' })).toBeVisible();
  // One scale everywhere: out of 20 with a French decimal comma, the bands explained below.
  await expect(page.getByText(/^Note globale : \d+(,\d)?\/20 — /)).toBeVisible();
  await expect(page.getByText(/^Barème sur 20 : Très bien dès 17\/20/)).toBeVisible();
  await expect(page.getByText('Ton de marque', { exact: true })).toBeVisible();
  await expect(page.getByText('Reprise en main', { exact: true })).toBeVisible();
  // The director's notes, in call order: the slip is quoted word for word under « Vous avez
  // dit », the banned words marked, and « À dire plutôt » is a whole line without them.
  const notes = page.getByRole('region', {
    name: "Les notes du metteur en scène, dans l'ordre de l'appel",
  });
  const slip = notes.getByRole('listitem').filter({
    has: page.getByRole('heading', {
      level: 4,
      name: /^Tour \d+ · Mot à éviter \(\u22121 sur 20\)$/,
    }),
  });
  await expect(slip.locator('dt')).toHaveText(['Vous avez dit', 'Pourquoi', 'À dire plutôt']);
  await expect(slip.locator('dd').nth(0)).toHaveText(`« ${FILAGE_LINES_WITH_A_SLIP[3] ?? ''} »`);
  await expect(slip.locator('mark')).toHaveText('Pas de souci');
  // « Mieux » is a whole line to say in its place, free of the banned phrase (issue 13).
  await expect(slip.locator('dd').nth(2)).toHaveText(
    /^« Je vous confirme cela par écrit aujourd'hui\./,
  );
  await expect(slip.locator('dd').nth(2)).not.toContainText(/pas de souci/i);
  await expect(page.getByRole('list', { name: 'Transcription' })).toContainText(
    FILAGE_LINES_WITH_A_SLIP[3] ?? '',
  );
  await expectAccessible(page);

  const latencies = await replyLatencies(page);
  expect(latencies.length).toBeGreaterThanOrEqual(3);
  console.log(`Enter-to-reply (ms): ${latencies.join(', ')}; max ${Math.max(...latencies)}`);

  // The history shows the finished session, and the end screen comes back from IndexedDB.
  await page.getByRole('link', { name: 'Voir mes séances' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mes séances' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'Terminée — réussi' });
  await expect(row.getByRole('cell', { name: '19,6/20 — Très bien' })).toBeVisible();
  await expect(page.getByText(/Séances jamais exportées : 1/)).toBeVisible();
  await expectAccessible(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter toutes mes séances' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^coulisses-seances-.*\.json$/);
  await expect(page.getByText(/Séances jamais exportées/)).toHaveCount(0);
  await page.reload();
  await page.getByRole('link', { name: /Ouvrir la séance/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: "Fin de l'appel" })).toBeVisible();
});
