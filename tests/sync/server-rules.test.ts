// The server side of team sync, for real: the admin CLI sets a team up, then members write over
// HTTP and the server's own rules and replications answer. Runs against pouchdb-server always,
// and against a real CouchDB 3 when COUCH_URL (and the admin login) is set — skipped otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewDocument } from '@/domain/review/review-documents';
import { documentId, teamDatabases } from '@/domain/sync/document-kinds';
import { reviewTravellingDocument } from '@/domain/sync/review-document';
import type { TestServer } from './pouchdb-server';
import { playedSessionDocument } from './played-session';
import { asMember, eventually, memberNames, TARGETS, team } from './team-fixture';

for (const target of TARGETS) {
  describe.skipIf(target.start === null)(`server rules on ${target.label}`, () => {
    let server: TestServer;
    const names = memberNames();
    const aliceDb = `/${teamDatabases.agent(names.alice)}`;
    const teamDb = `/${teamDatabases.team}`;

    beforeAll(async () => {
      server = await (target.start as () => Promise<TestServer>)();
      for (const [command, name] of [
        ['add-agent', names.alice],
        ['add-agent', names.bob],
        ['add-lead', names.lea],
        ['add-trainer', names.tom],
      ] as const) {
        const result = await team(server, command, name);
        expect(result.err).toEqual([]);
        expect(result.code).toBe(0);
      }
    }, 60_000);
    afterAll(async () => server?.stop());

    it('sets the team up idempotently: a second run writes nothing', async () => {
      const again = await team(server, 'add-agent', names.alice);
      expect(again.code).toBe(0);
      expect(again.out).toEqual([`${names.alice} is a agent`]);
      const init = await team(server, 'init');
      expect(init.out).toEqual(['team ready']);
    });

    it("carries an agent's session into the team database, where a lead reads it", async () => {
      const alice = asMember(server, names.alice);
      const doc = playedSessionDocument(names.alice, 's-1');
      expect((await alice('PUT', `${aliceDb}/${doc._id}`, doc)).status).toBe(201);
      const lea = asMember(server, names.lea);
      const seen = await eventually(async () => {
        const response = await lea('GET', `${teamDb}/${doc._id}`);
        return response.status === 200 ? response.body : null;
      });
      expect(seen.body).toEqual(doc.body);
      expect((await alice('GET', `${teamDb}/${doc._id}`)).status).toBeGreaterThanOrEqual(401);
    });

    it("sends a lead's feedback back to that agent only", async () => {
      const feedback = {
        _id: documentId('feedback', names.alice, 'f-1'),
        kind: 'feedback',
        schemaVersion: 1,
        id: 'f-1',
        createdAt: '2026-11-21T09:00:00.000Z',
        author: names.lea,
        agent: names.alice,
        body: { sessionId: 's-1', text: 'Belle reformulation au tour 3.' },
      };
      const lea = asMember(server, names.lea);
      expect((await lea('PUT', `${teamDb}/${feedback._id}`, feedback)).status).toBe(201);
      const alice = asMember(server, names.alice);
      const arrived = await eventually(async () => {
        const response = await alice('GET', `${aliceDb}/${feedback._id}`);
        return response.status === 200 ? response.body : null;
      });
      expect(arrived.body).toEqual(feedback.body);
      const bob = asMember(server, names.bob);
      const bobDb = `/${teamDatabases.agent(names.bob)}`;
      expect((await bob('GET', `${bobDb}/${feedback._id}`)).status).toBe(404);
    });

    it('refuses every forbidden write, with the reason', async () => {
      const alice = asMember(server, names.alice);
      const theirs = playedSessionDocument(names.bob, 's-9');
      const someoneElses = await alice('PUT', `${aliceDb}/${theirs._id}`, {
        ...theirs,
        author: names.alice,
      });
      expect(someoneElses.status).toBe(403);
      expect(someoneElses.body.reason).toMatch(/only your own session/u);

      const mine = playedSessionDocument(names.alice, 's-2');
      const stored = await alice('PUT', `${aliceDb}/${mine._id}`, mine);
      const edited = await alice('PUT', `${aliceDb}/${mine._id}`, {
        ...mine,
        _rev: stored.body.rev,
        body: { ...mine.body, scoreCard: null },
      });
      expect(edited.status).toBe(403);
      expect(edited.body.reason).toMatch(/already stored and cannot be changed/u);

      const bobDb = `/${teamDatabases.agent(names.bob)}`;
      const intoBobs = await alice(
        'PUT',
        `${bobDb}/${documentId('session', names.alice, 'x')}`,
        mine,
      );
      expect([401, 403]).toContain(intoBobs.status);

      const selfPraise = await alice('PUT', `${aliceDb}/feedback:${names.alice}:f-9`, {
        kind: 'feedback',
        schemaVersion: 1,
        id: 'f-9',
        createdAt: '2026-11-21T09:00:00.000Z',
        author: names.alice,
        agent: names.alice,
        body: { sessionId: 's-1', text: 'Parfait.' },
      });
      expect(selfPraise.status).toBe(403);
      expect(selfPraise.body.reason).toMatch(/role lead/u);
    });

    describe("Revue's documents", () => {
      const session = `session:${names.alice}:s-1`;
      const common = (id: string, authorName: string) => ({
        schemaVersion: 1 as const,
        id,
        createdAt: '2026-11-22T09:00:00.000Z',
        author: { id: `profile-${authorName}`, name: authorName },
        session,
      });
      const note: ReviewDocument = {
        kind: 'note',
        ...common('note:n-1', 'Léa'),
        thread: 'note:n-1',
        turn: 2,
        text: 'Reformulation claire, pense à annoncer l’enregistrement.',
        deleted: false,
      };
      const adjustment: ReviewDocument = {
        kind: 'adjustment',
        ...common('adjustment:a-1', 'Léa'),
        criterion: 'compliance',
        autoScore: 60,
        score: 80,
        reason: 'La mention légale est dite, en d’autres mots.',
      };
      const verdict: ReviewDocument = {
        kind: 'verdict',
        ...common('verdict:v-1', 'Léa'),
        verdict: 'rework',
        action: 'Rejouer le script de résiliation en mode Filage.',
      };
      const response: ReviewDocument = {
        kind: 'response',
        ...common('response:r-1', 'Alice'),
        response: 'acknowledged',
        comment: 'Compris, je rejoue demain.',
      };

      it("carries a lead's notes, adjustments and verdicts to that agent only", async () => {
        const lea = asMember(server, names.lea);
        const alice = asMember(server, names.alice);
        const bob = asMember(server, names.bob);
        for (const document of [note, adjustment, verdict]) {
          const doc = reviewTravellingDocument(names.lea, names.alice, document);
          const written = await lea('PUT', `${teamDb}/${encodeURIComponent(doc._id)}`, doc);
          expect(written.status, JSON.stringify(written.body)).toBe(201);
          const arrived = await eventually(async () => {
            const got = await alice('GET', `${aliceDb}/${encodeURIComponent(doc._id)}`);
            return got.status === 200 ? got.body : null;
          });
          expect(arrived.body).toEqual(document);
          const bobDb = `/${teamDatabases.agent(names.bob)}`;
          expect((await bob('GET', `${bobDb}/${encodeURIComponent(doc._id)}`)).status).toBe(404);
        }
      });

      it("carries an agent's response up to the leads", async () => {
        const doc = reviewTravellingDocument(names.alice, names.alice, response);
        const alice = asMember(server, names.alice);
        expect((await alice('PUT', `${aliceDb}/${encodeURIComponent(doc._id)}`, doc)).status).toBe(
          201,
        );
        const lea = asMember(server, names.lea);
        const seen = await eventually(async () => {
          const got = await lea('GET', `${teamDb}/${encodeURIComponent(doc._id)}`);
          return got.status === 200 ? got.body : null;
        });
        expect(seen.body).toEqual(response);
      });

      it('refuses Revue writes outside the rules, with the reason', async () => {
        const alice = asMember(server, names.alice);
        const lea = asMember(server, names.lea);
        const put = (as: typeof alice, db: string, doc: object & { _id: string }) =>
          as('PUT', `${db}/${encodeURIComponent(doc._id)}`, doc);

        // An agent grading themself, in their own database or the team's.
        const selfNote = reviewTravellingDocument(names.alice, names.alice, {
          ...note,
          id: 'note:n-2',
          thread: 'note:n-2',
        });
        const byAgent = await put(alice, aliceDb, selfNote);
        expect(byAgent.status).toBe(403);
        expect(byAgent.body.reason).toMatch(/role lead/u);
        expect([401, 403]).toContain((await put(alice, teamDb, selfNote)).status);

        // A lead answering in the agent's name.
        const forged = reviewTravellingDocument(names.lea, names.alice, {
          ...response,
          id: 'response:r-2',
        });
        const byLead = await put(lea, teamDb, forged);
        expect(byLead.status).toBe(403);
        expect(byLead.body.reason).toMatch(/role agent/u);

        // A score out of range, an unknown verdict, an empty reason.
        const outOfRange = await put(
          lea,
          teamDb,
          reviewTravellingDocument(names.lea, names.alice, {
            ...adjustment,
            id: 'adjustment:a-2',
            score: 140,
          }),
        );
        expect(outOfRange.status).toBe(403);
        expect(outOfRange.body.reason).toMatch(/body\.score .* whole number from 0 to 100/u);
        const unknown = reviewTravellingDocument(names.lea, names.alice, {
          ...verdict,
          id: 'verdict:v-2',
        });
        const misspelt = { ...unknown, body: { ...unknown.body, verdict: 'parfait' } };
        const badVerdict = await put(lea, teamDb, misspelt);
        expect(badVerdict.status).toBe(403);
        expect(badVerdict.body.reason).toMatch(/body\.verdict .* one of: acquired/u);
        const noReason = await put(
          lea,
          teamDb,
          reviewTravellingDocument(names.lea, names.alice, {
            ...adjustment,
            id: 'adjustment:a-3',
            reason: '',
          }),
        );
        expect(noReason.status).toBe(403);
        expect(noReason.body.reason).toMatch(/body\.reason/u);

        // A stored verdict changed after the fact.
        const stored = reviewTravellingDocument(names.lea, names.alice, verdict);
        const held = await lea('GET', `${teamDb}/${encodeURIComponent(stored._id)}`);
        const rewritten = {
          ...stored,
          _rev: held.body._rev,
          body: { ...verdict, verdict: 'acquired' },
        };
        const changed = await put(lea, teamDb, rewritten);
        expect(changed.status).toBe(403);
        expect(changed.body.reason).toMatch(/already stored and cannot be changed/u);
      });
    });

    it('lets only trainers publish scripts, and agents read them', async () => {
      const catalogue = `/${teamDatabases.catalogue}`;
      const script = (author: string) => ({
        kind: 'script',
        schemaVersion: 1,
        id: '2.0.0',
        scriptId: 'resiliation-box',
        createdAt: '2026-11-21T09:00:00.000Z',
        author,
        body: { title: 'Résiliation' },
      });
      const id = documentId('script', 'resiliation-box', '2.0.0');
      const byAgent = await asMember(server, names.alice)(
        'PUT',
        `${catalogue}/${id}`,
        script(names.alice),
      );
      expect(byAgent.status).toBe(403);
      expect(byAgent.body.reason).toMatch(/role trainer/u);
      const byTrainer = await asMember(server, names.tom)(
        'PUT',
        `${catalogue}/${id}`,
        script(names.tom),
      );
      expect(byTrainer.status).toBe(201);
      expect((await asMember(server, names.alice)('GET', `${catalogue}/${id}`)).status).toBe(200);
    });

    it('reports databases and replications in status', async () => {
      const status = await team(server, 'status');
      expect(status.code).toBe(0);
      const text = status.out.join('\n');
      expect(text).toContain(`${teamDatabases.agent(names.alice)}`);
      expect(text).toMatch(new RegExp(`coulisses-fan-in-${names.alice}\\s+\\S+`, 'u'));
      expect(text).not.toContain(server.admin.password);
    });
  });
}
