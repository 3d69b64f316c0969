// Two devices through pouchdb-server with the real replication protocol: an agent's finished
// session reaches the lead without any file, the lead's feedback comes back, a forged document is
// refused and kept with the server's reason, and a restart resumes without duplicates. Also runs
// against a real CouchDB 3 when COUCH_URL is set (team-fixture.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentId } from '@/domain/sync/document-kinds';
import { receivedReviewDocument } from '@/domain/sync/review-document';
import { sessionDocument } from '@/domain/sync/session-document';
import { openDevice, type Device } from './device';
import { NodePouch } from './memory-pouch';
import { playedSession } from './played-session';
import type { TestServer } from './pouchdb-server';
import { eventually, memberNames, TARGETS, team } from './team-fixture';

for (const target of TARGETS) {
  describe.skipIf(target.start === null)(
    `sync engine between two devices, through ${target.label}`,
    () => {
      let server: TestServer;
      let agent: Device;
      let lead: Device;
      const names = memberNames();

      beforeAll(async () => {
        server = await (target.start as () => Promise<TestServer>)();
        expect((await team(server, 'add-agent', names.alice)).code).toBe(0);
        expect((await team(server, 'add-lead', names.lea)).code).toBe(0);
        agent = await openDevice(server, names.alice, ['agent']);
        lead = await openDevice(server, names.lea, ['lead']);
        await agent.start();
        await lead.start();
      }, 60_000);
      afterAll(async () => {
        await agent?.close();
        await lead?.close();
        await server?.stop();
      });

      const inboxOf = (device: Device, docId: string) =>
        eventually(
          async () => (await device.repository.inbox()).find((r) => r.docId === docId) ?? null,
        );

      it("shows the agent's finished session to the lead, and the lead's feedback to the agent", async () => {
        const { record, turns } = playedSession('call-1');
        await agent.storage.sessions.saveFinal(
          { ...record, profileId: agent.account.profileId },
          turns,
        );
        const docId = documentId('session', names.alice, 'call-1');
        const received = await inboxOf(lead, docId);
        expect(received.kind).toBe('session');
        expect(received.agent).toBe(names.alice);
        const expected = sessionDocument(
          names.alice,
          `Agent ${names.alice}`,
          { ...record, profileId: agent.account.profileId },
          turns,
        );
        expect(received.body).toEqual(expected.body);
        await eventually(
          async () =>
            (await agent.repository.outbox()).find((r) => r.id === docId && r.state === 'sent') ??
            null,
        );

        await lead.engine?.sendFeedback(
          names.alice,
          'call-1',
          'Très bonne reprise après l’objection.',
        );
        const feedback = await eventually(
          async () => (await agent.repository.inbox()).find((r) => r.kind === 'feedback') ?? null,
        );
        expect(feedback.body).toEqual({
          sessionId: 'call-1',
          text: 'Très bonne reprise après l’objection.',
        });
        expect(feedback.author).toBe(names.lea);
      });

      it("carries Revue's verdict to the agent and the agent's response back to the lead", async () => {
        const session = `session:${names.alice}:call-1`;
        const envelope = {
          schemaVersion: 1 as const,
          createdAt: '2026-11-22T10:00:00.000Z',
          session,
        };
        await lead.engine?.sendReview(names.alice, {
          kind: 'verdict',
          ...envelope,
          id: 'verdict:v-1',
          author: { id: lead.account.profileId, name: 'Léa' },
          verdict: 'acquired',
          action: '',
        });
        const verdict = await inboxOf(agent, documentId('verdict', names.alice, 'verdict:v-1'));
        expect(receivedReviewDocument(verdict)).toMatchObject({ verdict: 'acquired', session });

        await agent.engine?.sendReview(names.alice, {
          kind: 'response',
          ...envelope,
          id: 'response:r-1',
          author: { id: agent.account.profileId, name: 'Alice' },
          response: 'acknowledged',
          comment: 'Merci !',
        });
        const response = await inboxOf(lead, documentId('response', names.alice, 'response:r-1'));
        expect(receivedReviewDocument(response)).toMatchObject({ response: 'acknowledged' });
      });

      it("puts the agent's synced session in the lead's Revue, and a note written there in the agent's", async () => {
        const { record, turns } = playedSession('call-r');
        await agent.storage.sessions.saveFinal(
          { ...record, profileId: agent.account.profileId },
          turns,
        );
        // Named as a file import names it, so file and sync give one session.
        const revueId = `session:${agent.account.profileId}:call-r`;
        const imported = await eventually(
          async () => (await lead.review.getSession(revueId)) ?? null,
        );
        expect(imported.agent).toEqual({
          id: agent.account.profileId,
          name: `Agent ${names.alice}`,
        });
        expect(imported.transcript).toHaveLength(turns.length);

        await lead.review.append({
          kind: 'note',
          schemaVersion: 1,
          id: 'note:n-r',
          createdAt: '2026-11-22T11:00:00.000Z',
          author: { id: lead.account.profileId, name: 'Léa' },
          session: revueId,
          thread: 'note:n-r',
          turn: 1,
          text: 'Annonce l’enregistrement dès la première phrase.',
          deleted: false,
        });
        const note = await eventually(async () => {
          const held = await agent.review.documentsOf([revueId]);
          return held.find((document) => document.id === 'note:n-r') ?? null;
        });
        expect(note).toMatchObject({
          kind: 'note',
          text: 'Annonce l’enregistrement dès la première phrase.',
        });
        const sent = documentId('note', names.alice, 'note:n-r');
        expect((await lead.repository.outboxRows([sent]))[0]?.state).toBe('sent');
      });

      it('keeps a refused document with the server’s reason', async () => {
        // A forged document in the agent's replica (another agent's session) and its outbox row.
        const forged = {
          ...sessionDocument('someone-else', 'X', playedSession('call-x').record, []),
          author: names.alice,
        };
        const replica = new NodePouch(`coulisses-sync-${names.alice}`);
        await replica.put(forged);
        await agent.repository.putOutbox([
          { id: forged._id, kind: 'session', state: 'pending', reason: null, updatedAt: '' },
        ]);
        const refused = await eventually(
          async () =>
            (await agent.repository.outbox()).find(
              (r) => r.id === forged._id && r.state === 'refused',
            ) ?? null,
        );
        expect(refused.reason).toMatch(/only your own session/u);
        expect(agent.reports.at(-1)?.refused.map((row) => row.id)).toContain(forged._id);
      });

      it('resumes after a restart: sessions played while stopped arrive once', async () => {
        await agent.stop();
        const { record, turns } = playedSession('call-2');
        await agent.storage.sessions.saveFinal(
          { ...record, profileId: agent.account.profileId },
          turns,
        );
        await agent.start();
        await inboxOf(lead, documentId('session', names.alice, 'call-2'));
        const sessions = (await lead.repository.inbox()).filter((row) => row.kind === 'session');
        expect(sessions.map((row) => row.id).sort()).toEqual(['call-1', 'call-2', 'call-r']);
      });
    },
  );
}
