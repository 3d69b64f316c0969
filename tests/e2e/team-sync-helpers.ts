// Shared steps of the team-sync e2e specs: the team on the test server, logging a browser in to
// it, playing a call, and the console errors that are ours.
import type { Page } from '@playwright/test';
import { runTeamCommand } from '../../tools/team/run-team-command';
import { expect } from './fixtures';
import { pickUpExampleCall, POLITE_FRENCH_LINES } from './rehearsal-helpers';
import type { SyncSite } from './team-sync-server';

export const PASSWORD = 'fictional-password-1';

/** Runs `npm run team -- ...args` in process against the site's server; throws if it fails. */
export async function team(site: SyncSite, ...args: string[]): Promise<void> {
  const env = {
    COUCH_URL: site.couch.url,
    COUCH_ADMIN_USER: site.couch.admin.user,
    COUCH_ADMIN_PASSWORD: site.couch.admin.password,
    TEAM_USER_PASSWORD: PASSWORD,
  };
  const code = await runTeamCommand(args, env, () => undefined, console.error);
  if (code !== 0) throw new Error(`team ${args.join(' ')} failed`);
}

/**
 * Console errors of a page of ours. PouchDB's first replication asks for its checkpoint
 * (`_local/…`) before it exists: the browser logs that expected 404; nothing else is tolerated.
 */
export function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const at = message.location().url;
    if (message.text().includes('404') && at.includes('/couchdb/') && at.includes('/_local/'))
      return;
    errors.push(`${message.text()} @ ${at}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

/** Plays the polite example call to its end screen. */
export async function playPoliteCall(page: Page) {
  await pickUpExampleCall(page, 'Filage');
  const line = page.getByLabel('Votre réplique');
  const log = page.getByRole('log', { name: 'Conversation' });
  for (const [index, text] of POLITE_FRENCH_LINES.entries()) {
    await line.fill(text);
    await line.press('Enter');
    // The last line ends the call: the stage gives way to the end screen.
    if (index < POLITE_FRENCH_LINES.length - 1) {
      await expect(log.locator('.turn--agent')).toHaveCount(index + 1);
    }
  }
  await expect(page.getByRole('heading', { level: 2, name: "Fin de l'appel" })).toBeVisible();
}

/** Links the page's profile to its server account in the settings, as a user does. */
export async function logInToSync(page: Page, site: SyncSite, user: string) {
  await page.goto('/parametres');
  await page.getByLabel('Adresse du serveur').fill(`${site.origin}/couchdb`);
  await page.getByLabel('Identifiant').fill(user);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByTestId('sync-status')).toHaveText(/Synchro : (à jour|\d+ en attente)/);
}
