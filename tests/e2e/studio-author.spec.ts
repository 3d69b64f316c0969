import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { addStep, createTrainer, inspector, openStep } from './studio-helpers';

/** Adds a branch from the open step and points it at the step `targetId`. */
async function branchTo(page: Page, targetId: string) {
  await inspector(page).getByRole('button', { name: 'Ajouter un embranchement' }).click();
  await inspector(page).getByLabel('Mène à', { exact: true }).last().selectOption(targetId);
}

test('a trainer writes a script from blank, fixes a problem from the panel, publishes it, and it is played to the end', async ({
  page,
  problems,
}) => {
  void problems;
  // A long journey (authoring, publishing, a whole call) on a shared two-core machine.
  test.setTimeout(300_000);
  await createTrainer(page);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Nouveau script vierge' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau script' })).toBeVisible();
  await inspector(page).getByLabel('Titre', { exact: true }).fill('Colis en retard (atelier)');
  await inspector(page).getByLabel('Identifiant du script').fill('colis-en-retard-atelier');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Colis en retard (atelier)' }),
  ).toBeVisible();
  await page.getByRole('radio', { name: 'Liste' }).check();

  await addStep(page, 'Client', 'Demande du client');
  await addStep(page, 'Agent', 'Proposer la solution');
  await addStep(page, 'Client', 'Réponse du client');
  await addStep(page, 'Agent', 'Conclure');
  await addStep(page, 'Issue', 'Client perdu');
  await inspector(page).getByLabel('Issue réussie').uncheck();
  await inspector(page).getByLabel("Code de l'issue").fill('customer_lost');

  // Reload mid-edit: the autosave kept everything.
  await expect(page.getByRole('status').filter({ hasText: /^Enregistré$/ })).toBeVisible();
  await page.reload();
  await page.getByRole('radio', { name: 'Liste' }).check();
  const steps = page.getByRole('list', { name: 'Étapes du script' }).locator(':scope > li');
  await expect(steps).toHaveCount(7);

  await openStep(page, 'Accueil');
  await inspector(page).getByLabel('Mène à', { exact: true }).selectOption('reaction-du-client');
  await openStep(page, 'Demande du client');
  await branchTo(page, 'etape-agent');
  await openStep(page, 'Proposer la solution');
  await branchTo(page, 'reaction-du-client-2');
  await openStep(page, 'Réponse du client');
  await branchTo(page, 'etape-agent-2');
  await inspector(page)
    .getByLabel('Sinon (réaction imprévue), mène à')
    .selectOption('issue-de-l-appel');

  // Step ids come from the titles the steps were added with (« Étape agent »…). « Conclure »
  // leads nowhere yet: a dead end, an error that blocks publishing. The panel takes us there.
  const panel = page.locator('section.problems');
  const finding = panel.getByRole('button', {
    name: /^Erreur Étape « Conclure » \(etape-agent-2\) › Embranchements —/,
  });
  await expect(finding).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publier une nouvelle version' })).toBeDisabled();
  await finding.click();
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText('Étape « Conclure »');
  await branchTo(page, 'appel-resolu');
  // The first customer step has no fallback for unforeseen reactions: the panel says so.
  await panel
    .getByRole('button', { name: /^Erreur Étape « Demande du client » \(reaction-du-client\) —/ })
    .click();
  await expect(inspector(page).getByRole('heading', { level: 2 })).toHaveText(
    'Étape « Demande du client »',
  );
  await inspector(page).getByLabel('Sinon (réaction imprévue), mène à').selectOption('etape-agent');
  await expect(panel.getByRole('status')).toHaveText(/^0 erreur/);
  await expectAccessible(page);

  // Undo brings the error back; redo fixes it again.
  await page.getByRole('button', { name: 'Annuler', exact: true }).click();
  await expect(panel.getByRole('status')).not.toHaveText(/^0 erreur/);
  await page.getByRole('button', { name: 'Rétablir' }).click();
  await expect(panel.getByRole('status')).toHaveText(/^0 erreur/);

  await page.getByLabel('Note de version (ce qui change)').fill('Première version');
  await page.getByRole('button', { name: 'Publier une nouvelle version' }).click();
  await expect(page.getByText('Version 1 publiée')).toBeVisible();
  await expect(page.getByText(/Version 1 — Inès Haddad, .*: Première version/)).toBeVisible();

  // An agent (here the trainer) plays it in Répéter to the end screen.
  await page.goto('/repeter');
  await page.getByRole('link', { name: /Répéter « Colis en retard \(atelier\)/ }).click();
  await page.getByRole('radio', { name: /^Répétition/ }).check();
  await page.getByRole('button', { name: 'Décrocher' }).click();
  const line = page.getByLabel('Votre réplique');
  const end = page.getByRole('heading', { level: 2, name: "Fin de l'appel" });
  for (let turn = 0; turn < 12 && !(await end.isVisible()); turn += 1) {
    // The call follows what the agent does: the step expects an explanation, so explain; then
    // the agent takes leave, which always ends the call.
    await line.fill(
      turn === 0
        ? 'Je vous explique : votre colis est en route, il vous sera livré demain avant midi et je vous envoie le suivi par courriel.'
        : 'Merci de votre appel, je vous souhaite une bonne journée, au revoir.',
    );
    await line.press('Enter');
    await expect(end.or(page.locator('.turn--agent').nth(turn)).first()).toBeVisible();
  }
  await expect(end).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Débrief' })).toBeVisible();
});

test('a broken file is refused with every finding, and nothing is stored', async ({
  page,
  problems,
}) => {
  void problems;
  test.setTimeout(120_000); // axe on a busy shared machine
  await createTrainer(page);
  await page.getByLabel('Importer un fichier JSON').setInputFiles({
    name: 'casse.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ kind: 'script', schemaVersion: 1, id: 'Pas Valide', steps: [] }),
    ),
  });
  const alert = page.getByRole('alert').filter({ hasText: 'casse.json' });
  await expect(alert).toContainText(
    /« casse\.json » est refusé \(\d+ problèmes\) ; rien n'a été enregistré/,
  );
  await expect(alert.getByRole('listitem').first()).toContainText('Correction :');
  // The place in words, as the problems panel says it, not as a JSON path.
  await expect(alert).toContainText('Fiche du script › Identifiant — ');
  await expect(alert).not.toContainText('$.');
  await expect(page.getByRole('heading', { level: 2, name: 'Mes brouillons (0)' })).toBeVisible();
  await expectAccessible(page);
});
