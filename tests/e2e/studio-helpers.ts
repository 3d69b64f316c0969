import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Creates a trainer profile on a fresh browser profile and lands on Atelier's shelf. */
export async function createTrainer(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Nom affiché').fill('Inès Haddad');
  await page.getByRole('radio', { name: /Formateur/ }).check();
  await page.getByRole('button', { name: 'Créer le profil' }).click();
  await page.getByRole('heading', { level: 1, name: 'Atelier' }).waitFor();
}

/** The editor's inspector: the form of the open document, step or variable. */
export const inspector = (page: Page) => page.locator('section.inspector');

/** Adds a step of a kind from the toolbar and gives it a title in the inspector. */
export async function addStep(page: Page, kind: string, title: string): Promise<void> {
  await page.getByLabel("Type d'étape").selectOption({ label: kind });
  await page.getByRole('button', { name: "Ajouter l'étape" }).click();
  await inspector(page).getByLabel('Titre', { exact: true }).fill(title);
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText(`Étape « ${title} »`);
}

/** Opens a step from the list view (the keyboard and screen-reader way in). */
export async function openStep(page: Page, title: string): Promise<void> {
  await page
    .getByRole('list', { name: 'Étapes du script' })
    .getByRole('button', { name: new RegExp(`· ${title}`) })
    .click();
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText(`Étape « ${title} »`);
}
