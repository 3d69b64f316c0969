import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { createTrainer, inspector, openStep } from './studio-helpers';

// Atelier's test bench (issue 18), end to end in the built app: a library script duplicated,
// tested from a middle step to its score card, a customer line changed and the replay's diff
// read, the run kept as a regression case, an edit that changes its outcome, the publish warning.

const bench = (page: Page) => page.getByRole('region', { name: "Banc d'essai" });

// The example call's agent lines from identity verification on (seed 7: the customer gives the
// proof, agrees, and the call ends resolved).
const LINES = [
  "Bien sûr. Pour sécuriser votre dossier, pouvez-vous me donner votre numéro client, s'il vous plaît ?",
  'Merci Monsieur Garnier. Si je comprends bien, vous souhaitez que le prélèvement passe du 5 au 15 ; je fais le changement maintenant, vous recevrez la confirmation par courriel avant ce soir.',
  "Je récapitule : prélèvement le 15 dès le mois prochain, confirmation ce soir. Avez-vous d'autres questions ? Merci de votre appel, Monsieur Garnier, je vous souhaite une bonne journée.",
];

test('a trainer tests a library script from a middle step, reads the replay after an edit, and is warned at publish when a regression case changes', async ({
  page,
  problems,
}) => {
  void problems;
  test.setTimeout(240_000);
  await createTrainer(page);
  await page
    .getByRole('button', {
      name: 'Dupliquer « Changer la date de prélèvement (exemple) » en brouillon',
    })
    .click();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Changer la date de prélèvement (exemple) (copie)',
    }),
  ).toBeVisible();
  await page.getByRole('radio', { name: 'Liste' }).check();

  // Test from a middle step: the selected one is the default start.
  await openStep(page, "Vérification d'identité");
  const start = bench(page).getByRole('button', { name: 'Lancer le test' });
  await expect(start).toBeVisible({ timeout: 30_000 });
  await expect(bench(page).getByLabel('Étape de départ')).toHaveValue('verification');
  await bench(page).getByLabel('Graine (même graine, même appel)').fill('7');
  await expectAccessible(page);
  await start.click();
  const steps = page.getByRole('list', { name: 'Étapes du script' });
  await expect(
    steps.getByRole('button', { name: /Vérification d'identité · en test/ }),
  ).toBeVisible();
  for (const line of LINES) {
    await bench(page).getByLabel('Votre réplique').fill(line);
    await bench(page).getByLabel('Votre réplique').press('Enter');
  }
  const card = bench(page).getByRole('region', { name: 'Fiche de note' });
  await expect(card).toContainText('Appel terminé : resolved (réussi)');
  await expect(card).toContainText('/ 20 —');
  await expectAccessible(page);

  // Change a customer line: the run replays on the edited draft and the panel shows the diff.
  await openStep(page, 'Le client confirme');
  await inspector(page)
    .getByLabel('Répliques du client')
    .first()
    .fill('Parfait, le 15 me convient très bien.');
  const replay = bench(page).getByRole('region', {
    name: 'Dernier test rejoué sur le brouillon modifié',
  });
  await expect(replay.getByRole('status')).toHaveText(
    /Même parcours ; les répliques changent à partir de l'échange \d/,
  );
  const diff = replay.getByRole('table', { name: 'Échanges avant et après la modification' });
  await expect(
    diff.getByRole('row').filter({ hasText: 'le 15 me convient très bien' }),
  ).toContainText('répliques');
  // The replay ran in the play worker, not in the page the trainer is typing in.
  expect(page.workers().map((worker) => worker.url())).toContainEqual(
    expect.stringMatching(/play\.worker/u),
  );
  await expect(
    replay
      .getByRole('table', { name: 'Résultats avant et après' })
      .getByRole('row', { name: /Issue/ }),
  ).toContainText('resolved (réussi)resolved (réussi)');
  await expectAccessible(page);

  // Keep the run as a regression case, then change the outcome it reaches.
  await bench(page).getByLabel('Nom du cas').fill('Vérifié puis résolu');
  await bench(page).getByRole('button', { name: 'Enregistrer comme cas de régression' }).click();
  const cases = bench(page).getByRole('region', { name: 'Cas de régression' });
  await expect(cases.getByRole('listitem')).toHaveText(
    /Vérifié puis résolu — départ « Vérification d'identité », resolved \(réussi\), [\d.]+ \/ 20/,
  );
  await openStep(page, 'Date de prélèvement changée');
  await inspector(page).getByLabel("Code de l'issue").fill('date_changed');

  // Publishing re-runs the case and warns; a second press publishes anyway.
  await page.getByLabel('Note de version (ce qui change)').fill('Nouveau code de fin');
  await page.getByRole('button', { name: 'Publier une nouvelle version' }).click();
  const publish = page.getByRole('form', { name: 'Publier' });
  const warning = publish.getByRole('alert');
  await expect(warning).toContainText('1 cas de régression change avec ce brouillon');
  await expect(warning).toContainText(
    '« Vérifié puis résolu » : issue resolved (réussi) → date_changed (réussi)',
  );
  await expectAccessible(page);
  await publish.getByRole('button', { name: 'Publier quand même' }).click();
  await expect(
    publish.getByText('Version 1 publiée : elle est jouable dans Répéter.'),
  ).toBeVisible();
});
