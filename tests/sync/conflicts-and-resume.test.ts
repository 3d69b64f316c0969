// The conflict policy (docs/sync.md) and "nothing lost mid-sync", through a real server:
// - an immutable document written twice (a second device re-sending the same session) is the
//   same revision, so it never conflicts;
// - a conflict made outside the rules (an administrator writing a second revision) reaches the
//   lead's inbox counted and is left as it is: both revisions stay on the server;
// - a tab killed between two steps of the outbox (document in the replica but no outbox row; a
//   document on the server still marked pending) resumes on restart, each session arriving once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentId, teamDatabases } from '@/domain/sync/document-kinds';
import { sessionDocument } from '@/domain/sync/session-document';
import { openDevice, type Device } from './device';
import { basicAuthFetch, NodePouch } from './memory-pouch';
import { playedSession } from './played-session';
import type { TestServer } from './pouchdb-server';
import { eventually, MEMBER_PASSWORD, memberNames, TARGETS, team } from './team-fixture';

/** PouchDB's `get`, which the app's narrow PouchDB type leaves out. */
interface ReplicaGet {
  get: (id: string, options: { conflicts: boolean }) => Promise<{ _conflicts?: string[] }>;
}

for (const target of TARGETS) {
  describe.skipIf(target.start === null)(`conflicts and resuming on ${target.label}`, () => {
    let server: TestServer;
    let lead: Device;
    const devices: Device[] = [];
    const names = memberNames();
    const teamDb = teamDatabases.team;

    beforeAll(async () => {
      server = await (target.start as () => Promise<TestServer>)();
      expect((await team(server, 'add-agent', names.alice)).code).toBe(0);
      expect((await team(server, 'add-lead', names.lea)).code).toBe(0);
      // One lead device for the file: devices of one user share their replica in this process.
      lead = await open(names.lea, ['lead']);
      await lead.start();
    }, 60_000);
    afterAll(async () => {
      for (const device of devices) await device.close();
      await server?.stop();
    });

    const open = async (user: string, roles: string[]) => {
      const device = await openDevice(server, user, roles);
      devices.push(device);
      return device;
    };
    const save = (device: Device, id: string) => {
      const { record, turns } = playedSession(id);
      return device.storage.sessions.saveFinal(
        { ...record, profileId: device.account.profileId },
        turns,
      );
    };
    const asAdmin = async (method: string, path: string, body?: unknown) => {
      const { user, password } = server.admin;
      const response = await basicAuthFetch(user, password)(`${server.url}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return (await response.json()) as Record<string, unknown>;
    };
    const rowState = (device: Device, id: string) =>
      device.repository.outboxRows([id]).then((rows) => rows[0]?.state ?? null);
    const leadSessions = () =>
      lead.repository.inbox().then((rows) => rows.filter((row) => row.kind === 'session'));
    const replicaConflicts = async (replica: InstanceType<typeof NodePouch>, docId: string) => {
      const doc = await (replica as unknown as ReplicaGet).get(docId, { conflicts: true });
      return doc._conflicts ?? [];
    };
    const onServer = (docId: string) =>
      asAdmin('GET', `/${teamDb}/${encodeURIComponent(docId)}?conflicts=true`);

    it('never conflicts on an immutable document sent twice', async () => {
      const first = await open(names.alice, ['agent']);
      await save(first, 'c-1');
      await first.start();
      const docId = documentId('session', names.alice, 'c-1');
      await eventually(async () => ((await rowState(first, docId)) === 'sent' ? true : null));
      await first.stop();

      // The same session from a second device whose replica starts empty (a new computer with
      // the session restored from a backup): the document and so its revision are the same.
      await new NodePouch(`coulisses-sync-${names.alice}`).destroy();
      const second = await open(names.alice, ['agent']);
      await save(second, 'c-1');
      await second.start();
      await eventually(async () => ((await rowState(second, docId)) === 'sent' ? true : null));
      const held = await eventually(async () => {
        const doc = await onServer(docId);
        return doc._rev ? doc : null;
      });
      expect(held._conflicts).toBeUndefined();
      const received = await eventually(
        async () => (await leadSessions()).find((row) => row.docId === docId) ?? null,
      );
      expect(received.conflicts).toBe(0);
      await second.stop();
    }, 60_000);

    it('shows a conflict that reached the replica and leaves both revisions in place', async () => {
      // As replication brings a conflict in: a second first revision of a received session,
      // written while the lead's tab is closed.
      const docId = documentId('session', names.alice, 'c-1');
      await lead.stop();
      const replica = new NodePouch(`coulisses-sync-${names.lea}`);
      const { record, turns } = playedSession('c-1');
      const other = sessionDocument(names.alice, 'Quelqu’un d’autre', record, turns);
      await replica.bulkDocs([{ ...other, _rev: `1-${'f'.repeat(32)}` }], { new_edits: false });
      await lead.start();
      const shown = await eventually(async () => {
        const row = (await leadSessions()).find((r) => r.docId === docId);
        return row && row.conflicts > 0 ? row : null;
      });
      expect(shown.conflicts).toBe(1);
      // Nothing picked a side: the replica still holds both revisions.
      expect(await replicaConflicts(replica, docId)).toHaveLength(1);
    }, 60_000);

    // pouchdb-server's validation silently drops a revision written with new_edits=false (what
    // the replicator writes) when it would conflict, even an admin's: only CouchDB keeps it.
    it.skipIf(target.start === TARGETS[0]?.start)(
      'carries a conflict made on the server by an administrator to the lead',
      async () => {
        const nextId = documentId('session', names.alice, 'c-2');
        const { record, turns } = playedSession('c-2');
        const altered = sessionDocument(names.alice, 'Quelqu’un d’autre', record, turns);
        const path = `/${teamDb}/${encodeURIComponent(nextId)}`;
        expect((await asAdmin('PUT', path, altered)).ok).toBe(true);
        const agent = await open(names.alice, ['agent']);
        await save(agent, 'c-2');
        await agent.start();
        const shown = await eventually(async () => {
          const row = (await leadSessions()).find((r) => r.docId === nextId);
          return row && row.conflicts > 0 ? row : null;
        });
        expect(shown.conflicts).toBe(1);
        expect(((await onServer(nextId))._conflicts as string[] | undefined)?.length).toBe(1);
        await agent.stop();
      },
      60_000,
    );

    it('resumes a tab killed between the outbox steps: each session arrives once, every row ends sent', async () => {
      const bob = `${names.alice}-b`;
      expect((await team(server, 'add-agent', bob)).code).toBe(0);
      const agent = await open(bob, ['agent']);
      await save(agent, 'k-1');
      await save(agent, 'k-2');
      const [one, two] = ['k-1', 'k-2'].map((id) => {
        const { record, turns } = playedSession(id);
        const stored = { ...record, profileId: agent.account.profileId };
        return sessionDocument(bob, `Agent ${bob}`, stored, turns);
      }) as [ReturnType<typeof sessionDocument>, ReturnType<typeof sessionDocument>];
      const replica = new NodePouch(`coulisses-sync-${bob}`);
      // k-1: killed after the replica took the document, before its outbox row was written.
      await replica.put(one);
      // k-2: killed after the server took the document, before the row was marked sent.
      await replica.put(two);
      const remote = new NodePouch(`${server.url}/${teamDatabases.agent(bob)}`, {
        fetch: basicAuthFetch(bob, MEMBER_PASSWORD),
        skip_setup: true,
      });
      await replica.replicate.to(remote, { doc_ids: [two._id] });
      await agent.repository.putOutbox([
        { id: two._id, kind: 'session', state: 'pending', reason: null, updatedAt: '' },
      ]);

      await agent.start();
      for (const doc of [one, two]) {
        await eventually(async () => ((await rowState(agent, doc._id)) === 'sent' ? true : null));
      }
      const arrived = await eventually(async () => {
        const mine = (await leadSessions()).filter((row) => row.agent === bob);
        return mine.length >= 2 ? mine : null;
      });
      expect(arrived.map((row) => row.id).sort()).toEqual(['k-1', 'k-2']);
      expect(await agent.repository.pendingCount()).toBe(0);
      expect((await agent.repository.outbox()).filter((row) => row.state !== 'sent')).toEqual([]);
    }, 60_000);
  });
}
