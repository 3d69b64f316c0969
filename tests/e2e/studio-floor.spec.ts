import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { createAgent, pickUpExampleCall, POLITE_FRENCH_LINES } from './rehearsal-helpers';

/** Says the lines in order, each after the customer's answer, then waits for the call's end. */
async function playCall(page: Page, lines: readonly string[], hangUp: boolean) {
  await pickUpExampleCall(page, 'Filage');
  const log = page.getByRole('log', { name: 'Conversation' });
  const reply = page.getByLabel('Votre réplique');
  for (const [index, text] of lines.entries()) {
    await reply.fill(text);
    await reply.press('Enter');
    // The customer answers, or the call reaches its outcome (the stage gives way to the debrief).
    const end = page.getByRole('heading', { level: 2, name: "Fin de l'appel" });
    await expect(log.locator('.turn--customer').nth(index).or(end).first()).toBeVisible({
      timeout: 30_000,
    });
  }
  if (hangUp) await page.getByRole('button', { name: 'Raccrocher' }).click();
  await expect(page.getByRole('heading', { level: 2, name: "Fin de l'appel" })).toBeVisible();
}

test('a trainer finds where agents struggle in the studio and adds a line agents said', async ({
  page,
  problems,
}) => {
  void problems;
  // Two whole calls, a build of the studio and the engine on a shared two-core machine.
  test.setTimeout(300_000);
  await createAgent(page, 'Julie Martin');
  // A clean call to the end, then one that skips the verification and is hung up on.
  await playCall(page, POLITE_FRENCH_LINES, false);
  await playCall(
    page,
    ['Allô, tu veux quoi ?', 'Pas de souci, je change la date tout de suite, Monsieur Garnier.'],
    true,
  );

  await page.goto('/atelier');
  await page.getByRole('button', { name: /^Dupliquer « Changer la date de prélèvement/u }).click();
  const floor = page.getByRole('region', { name: 'Le texte inachevé : propositions du terrain' });
  await expect(floor.getByText('2 séance(s) lue(s) : 2 jouée(s) ici, 0 importée(s).')).toBeVisible({
    timeout: 30_000,
  });
  const struggles = floor.getByRole('list', { name: 'Où les agents trébuchent' });
  await expect(struggles.getByRole('listitem').first()).toBeVisible();
  const proposals = floor.getByRole('list', { name: 'Propositions du terrain' });
  const first = proposals.getByRole('listitem').first();
  const line = (await first.getByRole('blockquote').textContent()) ?? '';
  // What agents said, without their names nor the customer's.
  expect(line).not.toMatch(/Julie|Martin|Garnier|Rémi/u);
  expect(await floor.textContent()).not.toMatch(/Julie|Garnier/u);
  await expectAccessible(page);

  const heading = (await first.getByRole('heading').textContent()) ?? '';
  const stepTitle = /^Réplique pour « (.+?) »/u.exec(heading)?.[1] ?? '';
  expect(stepTitle).not.toBe('');
  await first
    .getByRole('button', { name: 'Ajouter cette réplique comme exemple du geste attendu' })
    .click();
  await expect(
    floor.getByText(/^Réplique ajoutée à « .+ »\. Ctrl\+Z pour annuler\.$/u),
  ).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: /^Enregistré$/u })).toBeVisible();
  await expect(proposals.getByRole('blockquote').filter({ hasText: line })).toHaveCount(0);

  // Saved like any edit: after a reload the line is in the script, and no longer proposed.
  await page.reload();
  await expect(floor.getByText(/^2 séance\(s\) lue\(s\)/u)).toBeVisible({ timeout: 30_000 });
  await expect(proposals.getByRole('blockquote').filter({ hasText: line })).toHaveCount(0);
  await page.getByRole('radio', { name: 'Liste' }).check();
  await page
    .getByRole('list', { name: 'Étapes du script' })
    .getByRole('button', { name: new RegExp(`· ${stepTitle}( · |$)`, 'u') })
    .click();
  const texts = await page
    .locator('section.inspector textarea, section.inspector input[type="text"]')
    .evaluateAll((fields) => fields.map((field) => (field as HTMLTextAreaElement).value));
  // The exemplary lines field holds one line per row.
  expect(texts.flatMap((text) => text.split('\n'))).toContain(line);
});
