import { expect, expectAccessible, test } from './fixtures';
import { createAgent, POLITE_FRENCH_LINES } from './rehearsal-helpers';
import { createTeamLead, download, playFilage } from './review-helpers';

// Two browser profiles sharing only files: the lead calibrates the agent's call blind, then
// assigns a parcours that the agent imports and follows in Répéter.
test('the lead calibrates blind, then sees who and the automatic score; the agent gets the parcours', async ({
  page: agent,
  browser,
  problems,
}) => {
  void problems;
  test.setTimeout(300_000);
  await createAgent(agent);
  await playFilage(agent, POLITE_FRENCH_LINES);
  await agent.getByRole('link', { name: 'Voir mes séances' }).click();
  const sessionsFile = await download(agent, 'Exporter toutes mes séances');

  const leadContext = await browser.newContext({ serviceWorkers: 'block' });
  const lead = await leadContext.newPage();
  await createTeamLead(lead);
  await lead.getByLabel('Choisir des fichiers').setInputFiles(sessionsFile);
  await expect(lead.getByRole('list', { name: "Résultat de l'import" })).toContainText(
    'importé : 1 nouvelles, 0 déjà présentes.',
  );

  // Blind: neither the agent's name nor the automatic score until the lead has submitted.
  await lead.getByRole('link', { name: 'Calibration' }).click();
  await lead.getByRole('button', { name: 'Commencer la calibration' }).click();
  await expect(
    lead.getByRole('heading', { level: 1, name: /Calibration à l'aveugle/ }),
  ).toBeVisible();
  await expect(lead.getByText(/Agent masqué/)).toBeVisible();
  await expect(lead.getByText('Julie Martin')).toHaveCount(0);
  await expect(lead.getByText(/\bauto\b/i)).toHaveCount(0);
  await expectAccessible(lead);
  await lead.getByLabel('Conformité (sur 20)').fill('20');
  await lead.getByLabel('Ton de marque (sur 20)').fill('13');
  await lead.getByLabel('Respect du script (sur 20)').fill('17');
  for (const group of await lead.getByRole('group', { name: /Point critique/ }).all())
    await group.getByRole('radio', { name: 'Respecté' }).check();
  await lead.getByRole('button', { name: 'Valider ma calibration' }).click();
  await expect(lead.getByTestId('revealed')).toContainText('Julie Martin');
  await expect(
    lead.getByRole('table', { name: /écarts de plus de 2 points sur 20/ }),
  ).toBeVisible();
  await expectAccessible(lead);

  await lead.getByRole('link', { name: 'Parcours' }).click();
  await lead.getByLabel('Nom du parcours').fill('Remise à niveau');
  await lead.getByLabel('Script', { exact: true }).selectOption('exemple-date-prelevement');
  await lead.getByLabel('Mode', { exact: true }).selectOption('filage');
  await lead.getByLabel('Seuil Ton de marque sur 20 (vide : non exigé)').fill('15');
  await lead.getByRole('button', { name: "Ajouter l'étape" }).click();
  await lead.getByRole('checkbox', { name: 'Julie Martin' }).check();
  const pathFile = await download(lead, 'Enregistrer et exporter le parcours');
  await expectAccessible(lead);

  await agent.goto('/repeter/parcours');
  await agent.getByLabel('Importer un parcours').setInputFiles(pathFile);
  await expect(agent.getByText(/parcours importé\./)).toBeVisible();
  const steps = agent.getByRole('list', { name: /Remise à niveau/ });
  // The call played before counts: the lead's threshold reads as typed, out of 20.
  await expect(steps).toContainText('Ton de marque ≥ 15/20');
  await expect(steps).toContainText(/Réussie le|Prochaine étape/);
  await expectAccessible(agent);
  // The download lives as long as the context that made it.
  await leadContext.close();
});
