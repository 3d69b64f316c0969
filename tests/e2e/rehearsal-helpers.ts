import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** A published seed with which the four polite lines below take the example script to "resolved". */
export const FILAGE_SEED = 2;

/** Four polite French lines for the example script (brand greeting, identity, solution, close). */
export const POLITE_FRENCH_LINES = [
  'Brisa Énergie bonjour, Julie à votre écoute ; cet appel est enregistré pour la qualité. En quoi puis-je vous aider ?',
  "Bien sûr. Pour sécuriser votre dossier, pouvez-vous me donner votre numéro client, s'il vous plaît ?",
  'Merci Monsieur Garnier. Si je comprends bien, vous souhaitez que le prélèvement passe du 5 au 15 ; je fais le changement maintenant, vous recevrez la confirmation par courriel avant ce soir.',
  "Je récapitule : prélèvement le 15 dès le mois prochain, confirmation ce soir. Avez-vous d'autres questions ? Merci de votre appel, Monsieur Garnier, je vous souhaite une bonne journée.",
];

/** The same call with one slip in the last line ("pas de souci"): still resolved, one note. */
export const FILAGE_LINES_WITH_A_SLIP = [
  ...POLITE_FRENCH_LINES.slice(0, 3),
  "Je récapitule : prélèvement le 15 dès le mois prochain, confirmation ce soir. Pas de souci, avez-vous d'autres questions ? Merci de votre appel, Monsieur Garnier, je vous souhaite une bonne journée.",
];

export const EXAMPLE_SCRIPT = 'exemple-date-prelevement';

/** Creates an agent profile on a fresh browser profile and lands on the catalogue. */
export async function createAgent(page: Page, name = 'Julie Martin'): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Nom affiché').fill(name);
  await page.getByRole('radio', { name: /Agent/ }).check();
  await page.getByRole('button', { name: 'Créer le profil' }).click();
  await page.getByRole('heading', { level: 1, name: 'Répéter' }).waitFor();
}

/** Reads back the Enter-to-reply measures the stage recorded with performance marks. */
export async function replyLatencies(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByName('coulisses:enter-to-reply')
      .map((entry) => Math.round(entry.duration * 10) / 10),
  );
}

/** The example's own customer: "surprise me" could draw any French persona of the library. */
export const EXAMPLE_PERSONA = 'remi-garnier-presse';

/** Opens the example call with a published seed and its persona, picks the mode and picks up. */
export async function pickUpExampleCall(
  page: Page,
  mode: 'Filage' | 'Répétition',
  seed = FILAGE_SEED,
): Promise<void> {
  await page.goto(`/repeter/scenario/${EXAMPLE_SCRIPT}?seed=${seed}&persona=${EXAMPLE_PERSONA}`);
  await page.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
  await page.getByRole('button', { name: 'Décrocher' }).click();
  // The stage is lazy: the call has started once the reply box is there (and its clock ticking).
  // Tests that drive a fake clock must not run it before that, or the time passes unheard.
  await expect(page.getByLabel('Votre réplique')).toBeEditable();
}
