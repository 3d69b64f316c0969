import { expect, expectAccessible, test } from './fixtures';
import { createAgent, FILAGE_LINES_WITH_A_SLIP, POLITE_FRENCH_LINES } from './rehearsal-helpers';
import { createTeamLead, download, playFilage } from './review-helpers';

// Two browser profiles, as on two machines: the agent's and the team lead's share only files.
test('agent exports two calls; the lead imports twice, reviews and sends feedback; the agent reads it', async ({
  page: agent,
  browser,
  problems,
}) => {
  void problems;
  test.setTimeout(420_000);
  await createAgent(agent);
  await playFilage(agent, POLITE_FRENCH_LINES);
  await playFilage(agent, FILAGE_LINES_WITH_A_SLIP);
  await agent.getByRole('link', { name: 'Voir mes séances' }).click();
  const sessionsFile = await download(agent, 'Exporter toutes mes séances');

  // Contexts made by hand do not take playwright.config's `use`: no service worker here either.
  const leadContext = await browser.newContext({ serviceWorkers: 'block' });
  const lead = await leadContext.newPage();
  const leadErrors: string[] = [];
  lead.on('pageerror', (error) => leadErrors.push(error.message));
  await createTeamLead(lead);
  await expect(
    lead.getByText('Aucune séance importée pour l’instant.'.replace('’', "'")),
  ).toBeVisible();
  await expectAccessible(lead);

  const picker = lead.getByLabel('Choisir des fichiers');
  const reports = lead.getByRole('list', { name: "Résultat de l'import" });
  await picker.setInputFiles(sessionsFile);
  await expect(reports).toContainText('importé : 2 nouvelles, 0 déjà présentes.');
  await picker.setInputFiles(sessionsFile);
  await expect(reports).toContainText('importé : 0 nouvelles, 2 déjà présentes.');

  const team = lead.getByRole('table', { name: /Une ligne par agent/ });
  await expect(team.getByRole('row')).toHaveCount(2);
  const julie = team.getByRole('row', { name: /Julie Martin/ });
  await expect(julie.getByRole('cell').first()).toHaveText('2');
  await expectAccessible(lead);

  await julie.getByRole('link', { name: 'Julie Martin' }).click();
  await expect(lead.getByRole('heading', { level: 1, name: 'Agent : Julie Martin' })).toBeVisible();
  await expect(
    lead.getByRole('heading', { level: 2, name: 'Couverture des scripts' }),
  ).toBeVisible();
  await expectAccessible(lead);
  await lead
    .getByRole('link', { name: /2026|2027|202\d/ })
    .first()
    .click();
  await expect(lead.getByRole('heading', { level: 1, name: /— Julie Martin$/ })).toBeVisible();

  await lead.getByRole('button', { name: 'Ajouter une note au tour 1' }).click();
  await lead.getByLabel('Note sur le tour 1').fill('Annoncez votre prénom plus lentement.');
  await lead.getByRole('button', { name: 'Enregistrer la note' }).click();
  await expect(lead.getByRole('list', { name: 'Notes de coaching' })).toContainText(
    'Annoncez votre prénom plus lentement.',
  );
  await lead.getByLabel('Critère').selectOption('brandTone');
  // Typed out of 20 like every score Revue shows (was 65 on the 0–100 field; stored 65 still).
  await lead.getByLabel('Note de revue (sur 20)').fill('13');
  await lead.getByLabel('Raison (obligatoire)').fill('Formule familière en conclusion.');
  await lead.getByRole('button', { name: "Enregistrer l'ajustement" }).click();
  await expect(
    lead.getByText(/auto [\d,]+\/20 → revue 13\/20 : Formule familière en conclusion\./),
  ).toBeVisible();
  await lead.getByRole('radio', { name: 'À retravailler' }).check();
  await lead.getByLabel('Action de coaching', { exact: true }).fill('Réécouter la conclusion.');
  await lead.getByRole('button', { name: 'Enregistrer le verdict' }).click();
  await expect(lead.getByTestId('current-verdict')).toHaveText(
    'À retravailler — Réécouter la conclusion.',
  );
  await expectAccessible(lead);
  const feedbackFile = await download(lead, 'Exporter le retour');

  await agent.getByLabel(/Importer un retour/).setInputFiles(feedbackFile);
  await expect(agent.getByText(/importé : 3 nouvelles, 0 déjà présentes/)).toBeVisible();
  await expect(agent.getByText(/Annoncez votre prénom plus lentement\./)).toBeVisible();
  // The agent reads the lead's mark as the lead typed it, on the same /20 scale.
  await expect(
    agent.getByText(/auto [\d,]+\/20 → revue 13\/20 : Formule familière en conclusion\./),
  ).toBeVisible();
  await expect(agent.getByText('À retravailler', { exact: true })).toBeVisible();
  await expectAccessible(agent);
  await agent.getByLabel('Votre commentaire (facultatif)').fill('Merci, je retravaille.');
  await agent.getByRole('button', { name: "J'ai pris connaissance" }).click();
  await expect(agent.getByText('Vous avez pris connaissance de ce retour.')).toBeVisible();
  const answerFile = await download(agent, 'Exporter mes réponses pour mon responsable');

  await lead.getByRole('link', { name: /Retour aux séances/ }).click();
  await lead.getByRole('link', { name: "Retour à l'équipe" }).click();
  await lead.getByLabel('Choisir des fichiers').setInputFiles(answerFile);
  await expect(reports).toContainText('importé : 1 nouvelles, 0 déjà présentes.');
  await lead.getByRole('link', { name: 'Julie Martin' }).click();
  await lead.getByRole('link', { name: /202\d/ }).first().click();
  await expect(
    lead.getByText(/Julie Martin a pris connaissance du retour\. « Merci, je retravaille\. »/),
  ).toBeVisible();
  expect(leadErrors).toEqual([]);
  await leadContext.close();
});
