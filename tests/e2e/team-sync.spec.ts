import type { Route } from '@playwright/test';
import { runTeamCommand } from '../../tools/team/run-team-command';
import { expect, expectAccessible, test } from './fixtures';
import { createAgent } from './rehearsal-helpers';
import { consoleErrors, logInToSync, PASSWORD, playPoliteCall, team } from './team-sync-helpers';
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

test("an agent's call reaches the lead without any file, and the lead's feedback comes back", async ({
  browser,
  problems,
}) => {
  void problems;
  // Two browsers, a whole call and the server's replications: more than one page's budget.
  test.setTimeout(240_000);
  // Contexts made by hand do not take playwright.config's `use`: no service worker here either.
  const agentContext = await browser.newContext({ baseURL: site.origin, serviceWorkers: 'block' });
  const agent = await agentContext.newPage();
  const agentErrors = consoleErrors(agent);
  await createAgent(agent, 'Julie Martin');
  await logInToSync(agent, site, agentName);
  await expect(agent.getByTestId('sync-state')).toContainText('Tout est à jour.');
  await expectAccessible(agent);

  await playPoliteCall(agent);
  await expect(agent.getByTestId('sync-status')).toHaveText('Synchro : à jour');

  const leadContext = await browser.newContext({ baseURL: site.origin, serviceWorkers: 'block' });
  const lead = await leadContext.newPage();
  const leadErrors = consoleErrors(lead);
  await lead.goto('/');
  await lead.getByLabel('Nom affiché').fill('Léa Responsable');
  await lead.getByRole('radio', { name: /Responsable d'équipe/ }).check();
  await lead.getByRole('button', { name: 'Créer le profil' }).click();
  await logInToSync(lead, site, leadName);
  const received = lead.getByTestId('sync-inbox').getByRole('listitem');
  await expect(received).toContainText(/Julie Martin — Changer la date de prélèvement/);
  await lead.getByLabel('Retour pour').fill('Très belle reformulation au troisième tour.');
  await lead.getByRole('button', { name: 'Envoyer le retour' }).click();
  await expect(lead.getByTestId('sync-status')).toHaveText('Synchro : à jour');
  await expectAccessible(lead);

  await agent.goto('/parametres');
  await expect(agent.getByTestId('sync-inbox')).toContainText(
    `Retour de ${leadName} sur la séance`,
  );
  await expect(agent.getByTestId('sync-inbox')).toContainText('Très belle reformulation');

  // Nothing went wrong so far; the forbidden writes below log their 401/403 on purpose.
  expect(agentErrors).toEqual([]);
  expect(leadErrors).toEqual([]);

  // The browser holds only the agent's session cookie: the server refuses what she may not write.
  const refusals = await agent.evaluate(
    async ({ agentName: me, base }) => {
      const put = async (path: string, body: object) => {
        const response = await fetch(`${base}${path}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        return {
          status: response.status,
          reason: ((await response.json()) as { reason?: string }).reason,
        };
      };
      const forged = {
        kind: 'session',
        schemaVersion: 1,
        id: 'x',
        createdAt: '2026-11-20T10:00:00.000Z',
        author: me,
        agent: 'someone-else',
        body: {},
      };
      // Her own session, synced above: stored documents are never changed, even by their author.
      const mine = `${base}/coulisses-agent-${me}`;
      const listed = (await (
        await fetch(
          `${mine}/_all_docs?include_docs=true&startkey="session:"&endkey="session:\uffff"`,
        )
      ).json()) as { rows: { id: string; doc: { body: object } }[] };
      const stored = listed.rows[0];
      return {
        someoneElses: await put(`/coulisses-agent-${me}/session:someone-else:x`, forged),
        teamDatabase: await put('/coulisses-team/feedback:x:y', {}),
        ownSessions: listed.rows.length,
        editStored: stored
          ? await put(`/coulisses-agent-${me}/${encodeURIComponent(stored.id)}`, {
              ...stored.doc,
              body: { ...stored.doc.body, displayName: 'Julie la meilleure' },
            })
          : null,
      };
    },
    { agentName, base: `${site.origin}/couchdb` },
  );
  expect(refusals.someoneElses.status).toBe(403);
  expect(refusals.someoneElses.reason).toContain('only your own session');
  expect([401, 403]).toContain(refusals.teamDatabase.status);
  expect(refusals.ownSessions).toBe(1);
  expect(refusals.editStored?.status).toBe(403);
  expect(refusals.editStored?.reason).toContain('already stored and cannot be changed');
  await agentContext.close();
  await leadContext.close();
});

test('a call ended offline waits, survives a reload mid-sync, and leaves once the server answers', async ({
  browser,
  problems,
}) => {
  void problems;
  test.setTimeout(240_000);
  const offlineAgent = `nina-${tag}`;
  const env = {
    COUCH_URL: site.couch.url,
    COUCH_ADMIN_USER: site.couch.admin.user,
    COUCH_ADMIN_PASSWORD: site.couch.admin.password,
    TEAM_USER_PASSWORD: PASSWORD,
  };
  expect(
    await runTeamCommand(['add-agent', offlineAgent], env, () => undefined, console.error),
  ).toBe(0);
  const context = await browser.newContext({ baseURL: site.origin, serviceWorkers: 'block' });
  const page = await context.newPage();
  await createAgent(page, 'Nina Petit');
  await logInToSync(page, site, offlineAgent);

  // The server becomes unreachable; the call is played and ends all the same.
  const unreachable = (route: Route) => route.abort('connectionrefused');
  await context.route('**/couchdb/**', unreachable);
  await playPoliteCall(page);
  await expect(page.getByTestId('sync-status')).toHaveText('Synchro : hors ligne', {
    timeout: 30_000,
  });

  // Reloaded while nothing could leave: the session is still waiting, nothing is lost.
  await page.reload();
  await expect(page.getByTestId('sync-status')).toHaveText('Synchro : hors ligne', {
    timeout: 30_000,
  });
  await page.goto('/parametres');
  await expect(page.getByTestId('sync-state')).toContainText("rien n'est perdu");

  // The server answers again: the retry (with back-off) sends it, and it reaches the team.
  await context.unroute('**/couchdb/**', unreachable);
  await expect(page.getByTestId('sync-status')).toHaveText('Synchro : à jour', { timeout: 90_000 });
  const admin = `Basic ${Buffer.from(`${env.COUCH_ADMIN_USER}:${env.COUCH_ADMIN_PASSWORD}`).toString('base64')}`;
  const prefix = `session:${offlineAgent}:`;
  await expect
    .poll(
      async () => {
        const url = `${site.couch.url}/coulisses-team/_all_docs?startkey="${prefix}"&endkey="${prefix}\uffff"`;
        const answer = (await (await fetch(url, { headers: { authorization: admin } })).json()) as {
          rows: unknown[];
        };
        return answer.rows.length;
      },
      { timeout: 30_000 },
    )
    .toBe(1);
  await context.close();
});
