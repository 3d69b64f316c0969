// Revue's calibrations and parcours as sync kinds, through a real server: a lead's blind scores
// reach the other leads and never the agent; a parcours flows down the catalogue to the agents it
// is meant for; an agent may publish neither. Also runs against a real CouchDB when COUCH_URL is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Calibration } from '@/domain/review/calibration';
import type { TrainingPath } from '@/domain/review/training-path';
import { documentId, teamDatabases } from '@/domain/sync/document-kinds';
import { reviewTravellingDocument } from '@/domain/sync/review-document';
import { openDevice, type Device } from './device';
import { playedSession } from './played-session';
import type { TestServer } from './pouchdb-server';
import { asMember, eventually, memberNames, TARGETS, team } from './team-fixture';

const createdAt = '2026-11-24T09:00:00.000Z';

function path(id: string, author: Device, assignees: TrainingPath['assignees']): TrainingPath {
  return {
    kind: 'parcours',
    schemaVersion: 1,
    id,
    createdAt,
    author: { id: author.account.profileId, name: 'Léa' },
    title: 'Prélèvements, le mois',
    steps: [
      {
        scriptId: 'exemple-date-prelevement',
        scriptTitle: 'Changer la date de prélèvement',
        mode: 'filage',
        thresholds: { compliance: 70 },
      },
    ],
    recurrence: 'monthly',
    startsOn: '2026-12-01',
    assignees,
  };
}

for (const target of TARGETS) {
  describe.skipIf(target.start === null)(
    `Revue's calibrations and parcours on ${target.label}`,
    () => {
      let server: TestServer;
      let agent: Device;
      let lea: Device;
      let tom: Device;
      const names = memberNames();
      const session = () => `session:${agent.account.profileId}:call-k`;

      beforeAll(async () => {
        server = await (target.start as () => Promise<TestServer>)();
        expect((await team(server, 'add-agent', names.alice)).code).toBe(0);
        expect((await team(server, 'add-lead', names.lea)).code).toBe(0);
        expect((await team(server, 'add-lead', names.tom)).code).toBe(0);
        agent = await openDevice(server, names.alice, ['agent']);
        lea = await openDevice(server, names.lea, ['lead']);
        tom = await openDevice(server, names.tom, ['lead']);
        for (const device of [agent, lea, tom]) await device.start();
        const { record, turns } = playedSession('call-k');
        await agent.storage.sessions.saveFinal(
          { ...record, profileId: agent.account.profileId },
          turns,
        );
        await eventually(() => lea.review.getSession(session()));
      }, 60_000);
      afterAll(async () => {
        for (const device of [agent, lea, tom]) await device?.close();
        await server?.stop();
      });

      it("carries a lead's calibration to the other leads and never to the agent", async () => {
        const calibration: Calibration = {
          kind: 'calibration',
          schemaVersion: 1,
          id: 'calibration:c-1',
          createdAt,
          author: { id: lea.account.profileId, name: 'Léa' },
          session: session(),
          scores: { compliance: 80, brandTone: 65, recovery: null, adherence: 90 },
          criticalItems: [{ rule: 'annonce-enregistrement', breached: false }],
          comment: 'Ton un peu sec en conclusion.',
        };
        await lea.review.appendCalibration(calibration);
        const received = await eventually(async () => {
          const held = await tom.review.calibrations();
          return held.find((document) => document.id === calibration.id) ?? null;
        });
        expect(received).toEqual(calibration);

        // A note written after it reaches the agent: the fan-back has passed the calibration by.
        await lea.review.append({
          kind: 'note',
          schemaVersion: 1,
          id: 'note:after-calibration',
          createdAt,
          author: { id: lea.account.profileId, name: 'Léa' },
          session: session(),
          thread: 'note:after-calibration',
          turn: 0,
          text: 'Bonne ouverture.',
          deleted: false,
        });
        await eventually(async () => {
          const held = await agent.review.documentsOf([session()]);
          return held.some((document) => document.id === 'note:after-calibration') ? true : null;
        });
        expect(await agent.review.calibrations()).toEqual([]);
        expect(await agent.repository.inboxCount('calibration')).toBe(0);
        const agentDb = await asMember(server, names.alice)(
          'GET',
          `/${teamDatabases.agent(names.alice)}/_all_docs?startkey="calibration:"&endkey="calibration:\uffff"`,
        );
        expect(agentDb.body.rows).toEqual([]);
      });

      it('sends a parcours down the catalogue to the agents it is meant for', async () => {
        const theirs = path('parcours:p-alice', lea, [
          { id: agent.account.profileId, name: 'Alice' },
        ]);
        const others = path('parcours:p-other', lea, [{ id: 'profile-someone', name: 'Bob' }]);
        await lea.review.importPath(others);
        await lea.review.importPath(theirs);
        // Both reach her replica (the catalogue is the team's); only hers goes into her Revue.
        await eventually(async () =>
          (await agent.repository.inboxCount('parcours')) === 2 ? true : null,
        );
        const atAgent = await eventually(async () => {
          const held = await agent.review.paths();
          return held.some((p) => p.id === theirs.id) ? held : null;
        });
        expect(atAgent.map((p) => p.id)).toEqual([theirs.id]);
        const atTom = await eventually(async () => {
          const held = await tom.review.paths();
          return held.length === 2 ? held : null;
        });
        expect(atTom.map((p) => p.id).sort()).toEqual([theirs.id, others.id]);
        const row = await eventually(async () => {
          const [sent] = await lea.repository.outboxRows([
            documentId('parcours', names.lea, theirs.id),
          ]);
          return sent?.state === 'sent' ? sent : null;
        });
        expect(row.kind).toBe('parcours');
      });

      it('refuses a parcours or a calibration written by an agent', async () => {
        const asAgent = asMember(server, names.alice);
        const forged = reviewTravellingDocument(names.alice, null, path('parcours:p-x', agent, []));
        const parcours = await asAgent(
          'PUT',
          `/${teamDatabases.catalogue}/${encodeURIComponent(forged._id)}`,
          forged,
        );
        expect(parcours.status).toBe(403);
        expect(parcours.body.reason).toBe(
          'Only a user with the role lead may write parcours documents.',
        );
        // The team database is the leads' alone: the agent is turned away before any rule runs.
        const calibration = await asAgent('PUT', `/${teamDatabases.team}/calibration:x:y`, {});
        expect([401, 403]).toContain(calibration.status);
      });
    },
  );
}
