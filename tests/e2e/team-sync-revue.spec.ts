// Team sync through the real Revue and Répéter screens, two browsers and pouchdb-server (started
// here on a free port): the agent plays a call; the lead finds it in Revue's team table and agent
// page without any file, writes a note and an adjustment on a turn in the review screen; the
// agent reads both in Répéter. A write the server refuses is kept and shown with its reason.
import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import { createAgent } from './rehearsal-helpers';
import { createTeamLead } from './review-helpers';
import { consoleErrors, logInToSync, playPoliteCall, team } from './team-sync-helpers';
import { startSyncSite, type SyncSite } from './team-sync-server';

const tag = Math.random().toString(36).slice(2, 7);
const agentName = `julie-${tag}`;
const leadName = `lea-${tag}`;
let site: SyncSite;

test.beforeAll(async () => {
  site = await startSyncSite();
  await team(site, 'add-agent', agentName);
  await team(site, 'add-lead', leadName);
});
test.afterAll(async () => site?.stop());

/**
 * Opens `path` until `check` passes: Revue and Répéter read their tables when a page opens, and
 * what sync brings arrives in the background, so the user opens the page again (or comes back).
 */
async function reopenUntil(page: Page, path: string, check: () => Promise<void>) {
  await expect(async () => {
    await page.goto(path);
    await check();
  }).toPass({ timeout: 90_000, intervals: [1_000, 2_000, 3_000] });
}

test("the lead reviews the agent's synced call in Revue, and the agent reads the feedback in Répéter", async ({
  browser,
  problems,
}) => {
  void problems;
  // Two browsers, two calls, Revue's screens and the server's replications.
  test.setTimeout(420_000);
  const agentContext = await browser.newContext({ baseURL: site.origin, serviceWorkers: 'block' });
  const agent = await agentContext.newPage();
  const agentErrors = consoleErrors(agent);
  await createAgent(agent, 'Julie Martin');
  await logInToSync(agent, site, agentName);
  await playPoliteCall(agent);
  await expect(agent.getByTestId('sync-status')).toHaveText('Synchro : à jour');

  const leadContext = await browser.newContext({ baseURL: site.origin, serviceWorkers: 'block' });
  const lead = await leadContext.newPage();
  const leadErrors = consoleErrors(lead);
  await createTeamLead(lead, 'Léa Responsable');
  await logInToSync(lead, site, leadName);

  // Revue's team table: Julie's call is there, and no file was imported.
  const teamTable = lead.getByRole('table', { name: /Une ligne par agent/ });
  const julie = teamTable.getByRole('row', { name: /Julie Martin/ });
  await reopenUntil(lead, '/revue', async () => {
    await expect(julie.getByRole('cell').first()).toHaveText('1', { timeout: 2_000 });
  });
  await expect(lead.getByRole('list', { name: "Résultat de l'import" })).toHaveCount(0);
  await expectAccessible(lead);

  // Her page in Revue, then the call's review screen: a note and an adjustment on turn 1.
  await julie.getByRole('link', { name: 'Julie Martin' }).click();
  await expect(lead.getByRole('heading', { level: 1, name: 'Agent : Julie Martin' })).toBeVisible();
  await expectAccessible(lead);
  await lead.getByRole('link', { name: /202\d/ }).first().click();
  await expect(lead.getByRole('heading', { level: 1, name: /— Julie Martin$/ })).toBeVisible();
  await lead.getByRole('button', { name: 'Ajouter une note au tour 1' }).click();
  await lead.getByLabel('Note sur le tour 1').fill('Annoncez votre prénom plus lentement.');
  await lead.getByRole('button', { name: 'Enregistrer la note' }).click();
  await expect(lead.getByRole('list', { name: 'Notes de coaching' })).toContainText(
    'Annoncez votre prénom plus lentement.',
  );
  await lead.getByLabel('Critère').selectOption('brandTone');
  await lead.getByLabel('Note de revue (sur 20)').fill('13');
  await lead.getByLabel('Raison (obligatoire)').fill('Formule familière en conclusion.');
  await lead.getByRole('button', { name: "Enregistrer l'ajustement" }).click();
  await expect(
    lead.getByText(/auto [\d,]+\/20 → revue 13\/20 : Formule familière en conclusion\./),
  ).toBeVisible();
  await expectAccessible(lead);
  // Both leave within seconds: nothing waits in the lead's outbox.
  await expect(lead.getByTestId('sync-status')).toHaveText('Synchro : à jour', {
    timeout: 30_000,
  });

  // Répéter, on the agent's machine: the note and the mark arrive without any file. They are two
  // documents, which may come down in two pulls: the page is reopened until both are there.
  await reopenUntil(agent, '/repeter/seances', async () => {
    await expect(agent.getByText(/Annoncez votre prénom plus lentement\./)).toBeVisible({
      timeout: 2_000,
    });
    await expect(
      agent.getByText(/auto [\d,]+\/20 → revue 13\/20 : Formule familière en conclusion\./),
    ).toBeVisible({ timeout: 2_000 });
  });
  await expectAccessible(agent);
  expect(agentErrors).toEqual([]);
  expect(leadErrors).toEqual([]);

  // A client that sends what it may not (here, a request rewritten on its way to say the session
  // is someone else's): the server refuses it, and the app keeps it and shows the server's words.
  await agentContext.route('**/couchdb/**/_bulk_docs', async (route) => {
    const body = route.request().postDataJSON() as { docs: { kind?: string; agent?: string }[] };
    const docs = body.docs.map((doc) =>
      doc.kind === 'session' ? { ...doc, agent: 'someone-else' } : doc,
    );
    await route.continue({ postData: JSON.stringify({ ...body, docs }) });
  });
  await playPoliteCall(agent);
  await expect(agent.getByTestId('sync-status')).toContainText('1 refusé', { timeout: 60_000 });
  await agent.goto('/parametres');
  const refused = agent.getByTestId('sync-refused');
  await expect(refused).toContainText(`session:${agentName}:`);
  await expect(refused).toContainText(
    'You may write only your own session documents, not those of someone-else.',
  );
  await expectAccessible(agent);
  await agentContext.close();
  await leadContext.close();
});
