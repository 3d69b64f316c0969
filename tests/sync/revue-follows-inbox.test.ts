// Revue imports what the inbox received on a chain of its own (revue-follower.ts), so it never
// holds the next batch back. A tab that dies between the inbox's write and Revue's import must
// not lose the session: the inbox has it, Revue does not, and the next start imports it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RevueStore } from '@/features/sync/review-bridge';
import { documentId } from '@/domain/sync/document-kinds';
import { openDevice, type Device } from './device';
import { playedSession } from './played-session';
import type { TestServer } from './pouchdb-server';
import { eventually, memberNames, TARGETS, team } from './team-fixture';

/** Revue's tables as a tab that dies before they are written: every import is lost. */
function dyingRevue(real: RevueStore): RevueStore & { attempts: number } {
  const store = {
    ...real,
    attempts: 0,
    importSessions: async () => {
      store.attempts += 1;
      throw new Error('the tab closed before Revue imported the session');
    },
  };
  return store;
}

for (const target of TARGETS) {
  describe.skipIf(target.start === null)(`Revue follows the inbox, on ${target.label}`, () => {
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
    }, 60_000);
    afterAll(async () => {
      await agent?.close();
      await lead?.close();
      await server?.stop();
    });

    const play = (id: string) => {
      const { record, turns } = playedSession(id);
      return agent.storage.sessions.saveFinal(
        { ...record, profileId: agent.account.profileId },
        turns,
      );
    };
    const revueId = (id: string) => `session:${agent.account.profileId}:${id}`;
    const inInbox = (id: string) =>
      eventually(async () =>
        (await lead.repository.inbox()).some(
          (row) => row.docId === documentId('session', names.alice, id),
        )
          ? true
          : null,
      );

    it('imports on the next start a session received but not yet in Revue', async () => {
      const dying = dyingRevue(lead.review);
      await lead.start(dying);
      await play('call-lost');
      await inInbox('call-lost');
      await eventually(async () => (dying.attempts > 0 ? true : null));
      await lead.stop();
      // The inbox stored it and moved on; Revue never got it, and its sequence says so.
      expect(await lead.review.getSession(revueId('call-lost'))).toBeNull();
      const account = await lead.repository.account(lead.account.profileId);
      expect(account?.revueSeq).not.toEqual(account?.inboxSeq);

      await lead.start();
      const imported = await eventually(() => lead.review.getSession(revueId('call-lost')));
      expect(imported.agent.id).toBe(agent.account.profileId);
      await eventually(async () => {
        const now = await lead.repository.account(lead.account.profileId);
        return now?.revueSeq === now?.inboxSeq ? true : null;
      });
    });

    it('catches up without a restart once Revue can be written again', async () => {
      await lead.stop();
      const dying = dyingRevue(lead.review);
      await lead.start(dying);
      await play('call-late');
      await inInbox('call-late');
      await eventually(async () => (dying.attempts > 0 ? true : null));
      expect(lead.reports.at(-1)?.failure.problem).not.toBeNull();
      // Revue's storage works again (the disk had room again, say): the engine retries by itself.
      dying.importSessions = lead.review.importSessions;
      const imported = await eventually(() => lead.review.getSession(revueId('call-late')));
      expect(imported.transcript.length).toBeGreaterThan(0);
    });
  });
}
