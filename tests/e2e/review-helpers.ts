import type { Page } from '@playwright/test';
import { pickUpExampleCall } from './rehearsal-helpers';

/** Creates a team lead profile on a fresh browser profile; they land on Revue. */
export async function createTeamLead(page: Page, name = 'Nadia Lefort'): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Nom affiché').fill(name);
  await page.getByRole('radio', { name: /Responsable d'équipe/ }).check();
  await page.getByRole('button', { name: 'Créer le profil' }).click();
  await page.getByRole('heading', { level: 1, name: 'Revue' }).waitFor();
}

/** Plays the example call in Filage with these lines, up to the end screen. */
export async function playFilage(page: Page, lines: readonly string[]): Promise<void> {
  await pickUpExampleCall(page, 'Filage');
  const log = page.getByRole('log', { name: 'Conversation' });
  const line = page.getByLabel('Votre réplique');
  for (const [index, text] of lines.entries()) {
    await line.fill(text);
    await line.press('Enter');
    if (index < lines.length - 1) await log.locator('.turn--agent').nth(index).waitFor();
  }
  await page.getByRole('heading', { level: 2, name: "Fin de l'appel" }).waitFor();
}

/** Clicks a button that downloads a file and returns the file's path on disk. */
export async function download(page: Page, button: string): Promise<string> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await waiting;
  return file.path();
}
