import type { Locator } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';

/** Presses Tab until `target` has the focus (at most 40 times). */
async function tabTo(target: Locator): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await target.page().keyboard.press('Tab');
  }
  throw new Error('Tab never reached the target');
}
import {
  createAgent,
  EXAMPLE_SCRIPT,
  POLITE_FRENCH_LINES,
  pickUpExampleCall,
} from './rehearsal-helpers';

test('a Lecture call played with the three choices, by keyboard only', async ({
  page,
  problems,
}) => {
  void problems;
  await createAgent(page, 'Inès');
  await page.goto(`/repeter/scenario/${EXAMPLE_SCRIPT}`);
  await expect(page.getByRole('heading', { level: 1, name: "Préparer l'appel" })).toBeVisible();
  // Keyboard only from here: Tab reaches the checked mode (Filage), arrows move to Lecture.
  await tabTo(page.getByRole('radio', { name: /^Filage/ }));
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  const lecture = page.getByRole('radio', { name: /^Lecture/ });
  await expect(lecture).toBeChecked();
  const start = page.getByRole('button', { name: 'Décrocher' });
  await tabTo(start);
  await page.keyboard.press('Enter');

  const choices = page.getByRole('group', { name: 'Choisissez votre réplique' });
  await expect(choices.getByRole('button')).toHaveCount(3);
  // The greeting says the playing agent's own name (the script's agent slot), no one else's.
  await expect(choices.getByRole('button', { name: /Inès à votre écoute/ }).first()).toBeVisible();
  await expect(choices.getByRole('button', { name: /Camille|Yanis|Sam\b/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Humeur du client' })).toBeVisible();
  await expect(page.getByRole('meter', { name: 'Irritation' })).toBeVisible();
  // The agent speaks first: the empty call says so, until the first line.
  const pickedUp = page.getByText('Vous avez décroché : le client attend votre accueil.');
  await expect(pickedUp).toBeVisible();
  await expectAccessible(page);
  await expect(choices.getByRole('button').first()).toBeFocused();

  const end = page.getByRole('heading', { level: 2, name: "Fin de l'appel" });
  for (let turn = 0; turn < 20 && !(await end.isVisible()); turn += 1) {
    const agentTurns = await page.locator('.turn--agent').count();
    // Alternate the ways in: the digit key, then arrow down and Enter.
    if (turn % 2 === 0) await page.keyboard.press('1');
    else {
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
    }
    await expect(page.locator('.turn--agent').or(end).first()).toBeVisible();
    if (!(await end.isVisible()))
      await expect(page.locator('.turn--agent')).toHaveCount(agentTurns + 1);
  }
  await expect(end).toBeVisible();
  await expect(end).toBeFocused();
  await expect(pickedUp).toHaveCount(0);
  await expect(
    page.getByRole('list', { name: 'Transcription' }).locator('.turn--agent'),
  ).not.toHaveCount(0);
  await expectAccessible(page);
});

test('reload in the middle of a call: the call comes back, and can be resumed or abandoned', async ({
  page,
  problems,
}) => {
  void problems;
  await createAgent(page, 'Hugo');
  await pickUpExampleCall(page, 'Répétition');
  const line = page.getByLabel('Votre réplique');
  for (const text of POLITE_FRENCH_LINES.slice(0, 2)) {
    await line.fill(text);
    await line.press('Enter');
  }
  await page.getByRole('button', { name: 'Souffleur' }).click();
  await expect(page.getByText(/^Attendu :/)).toBeVisible();
  await expect(page.getByText(/Souffleur utilisé 1 fois/)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Enregistré$/ })).toBeVisible();
  const before = await page.getByRole('log', { name: 'Conversation' }).innerText();

  // Same address after a reload: every turn is back from IndexedDB, and the call goes on.
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.reload();
  const log = page.getByRole('log', { name: 'Conversation' });
  await expect(log.locator('.turn--agent')).toHaveCount(2);
  expect(await log.innerText()).toBe(before);
  await expect(page.getByText(/Souffleur utilisé 1 fois/)).toBeVisible();
  await line.fill(POLITE_FRENCH_LINES[2] ?? '');
  await line.press('Enter');
  await expect(log.locator('.turn--agent')).toHaveCount(3);
  // A call opened cold fetches its own documents and its language's shipped move model (trained
  // at build time), not the library, not the other language's model. The call's worker fetches
  // the model (the stage shows the call before it has): it is there once the line is answered.
  expect(scripts.some((path) => path.includes('/exemple-date-prelevement-'))).toBe(true);
  expect(scripts.some((path) => path.includes('move-model_fr-'))).toBe(true);
  expect(
    scripts.filter((path) =>
      /\/(colis-livre-non-recu|lumio-telecom)-|move-model_en-|\/moves-(fr|en)-/u.test(path),
    ),
  ).toEqual([]);

  // Closing the tab and coming back later: the catalogue offers to resume or abandon.
  await page.goto('/repeter');
  await expect(page.getByRole('heading', { name: 'Appel non terminé' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: "Reprendre l'appel" }).click();
  await expect(log.locator('.turn--agent')).toHaveCount(3);
  await page.goto('/repeter');
  await page.getByRole('button', { name: "Abandonner l'appel" }).click();
  await expect(page.getByRole('heading', { name: 'Appel non terminé' })).toHaveCount(0);
  await page
    .getByRole('navigation', { name: 'Répéter' })
    .getByRole('link', { name: 'Mes séances' })
    .click();
  await expect(page.getByRole('cell', { name: /Abandonnée/ })).toBeVisible();
});
