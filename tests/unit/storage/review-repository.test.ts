import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  summaryOfImported,
  toImportedSessions,
  type ImportedSession,
} from '@/domain/review/imported-session';
import { CoulissesDatabase } from '@/storage/database';
import { applySchemaHistory as applyHistory, SCHEMA_HISTORY } from '@/storage/schema-history';
import { createReviewRepository } from '@/storage/review-repository';
import type { TrainingPath } from '@/domain/review/training-path';
import { bundledSession, sessionBundle } from '../../fixtures/review/session-bundles';

const opened: CoulissesDatabase[] = [];
function freshRepository() {
  const db = new CoulissesDatabase(`review-test-${opened.length}-${Date.now()}`);
  opened.push(db);
  return createReviewRepository(db);
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const docs = (...sessions: ReturnType<typeof bundledSession>[]) =>
  toImportedSessions(sessionBundle(sessions) as never);

describe('review repository', () => {
  it('keeps a summary (all but the transcript) beside each imported session', async () => {
    const repository = freshRepository();
    const progress: [number, number][] = [];
    await repository.importSessions(docs(bundledSession('s1'), bundledSession('s2')), (w, t) =>
      progress.push([w, t]),
    );
    expect(progress).toEqual([[2, 2]]);
    const [session] = await repository.sessionsOfAgent('agent-julie');
    if (!session) throw new Error('no session for agent-julie');
    const summaries = await repository.listSummaries();
    expect(summaries).toHaveLength(2);
    expect(summaries[0]).not.toHaveProperty('transcript');
    const { transcript, ...rest } = session;
    expect(transcript.length).toBeGreaterThan(0);
    expect(summaries.find((summary) => summary.id === session.id)).toEqual(rest);
    expect(await repository.removeSessions([session.id])).toBe(1);
    expect(await repository.listSummaries()).toHaveLength(1);
  });

  it('reports progress per slice of 500 while writing a file in one transaction', async () => {
    const repository = freshRepository();
    const many = Array.from({ length: 1200 }, (_, i) => bundledSession(`s${i}`));
    const progress: number[] = [];
    const plan = await repository.importSessions(docs(...many), (written) =>
      progress.push(written),
    );
    expect(plan.fresh).toHaveLength(1200);
    expect(progress).toEqual([500, 1000, 1200]);
  });

  it('gives sessions imported before version 10 their summary on upgrade', async () => {
    const name = `review-upgrade-${Date.now()}`;
    const old = new Dexie(name);
    applyHistory(
      old,
      SCHEMA_HISTORY.filter((step) => step.version < 10),
    );
    const [held] = docs(bundledSession('s1'));
    if (!held) throw new Error('no document');
    await old.table('reviewSessions').put(held);
    old.close();
    const db = new CoulissesDatabase(name);
    opened.push(db);
    const summaries = await createReviewRepository(db).listSummaries();
    expect(summaries.map((summary) => summary.id)).toEqual([held.id]);
    expect(summaries[0]).not.toHaveProperty('transcript');
  });

  it('stores sessions by blocks of one agent, and finds, dedups and removes any one of them', async () => {
    const repository = freshRepository();
    const julie = Array.from({ length: 250 }, (_, i) => bundledSession(`s${i}`));
    const other = toImportedSessions(
      sessionBundle([bundledSession('t1'), bundledSession('t2')], {
        id: 'agent-omar',
        displayName: 'Omar Haddad',
        role: 'agent',
      }) as never,
    );
    await repository.importSessions([...docs(...julie), ...other]);
    const db = opened.at(-1) as CoulissesDatabase;
    const blocks = await db.table('reviewBlocks').toArray();
    expect(blocks.map((block) => [block.agent, block.ids.length])).toEqual([
      ['agent-julie', 100],
      ['agent-julie', 100],
      ['agent-julie', 50],
      ['agent-omar', 2],
    ]);
    expect(await db.table('reviewTranscripts').count()).toBe(4);
    const wanted = docs(bundledSession('s142'))[0];
    expect(await repository.getSession('session:agent-julie:s142')).toEqual(wanted);
    expect(await repository.getSession('session:agent-julie:nope')).toBeNull();
    expect((await repository.sessionsOfAgent('agent-omar')).map((s) => s.sessionId)).toEqual([
      't1',
      't2',
    ]);
    // Held in the middle block: known again; a changed one refuses the whole file.
    const again = await repository.importSessions(
      docs(bundledSession('s142'), bundledSession('n1')),
    );
    expect([again.fresh.length, again.already, again.conflicts]).toEqual([1, 1, []]);
    const changed = await repository.importSessions(
      docs(bundledSession('n2'), bundledSession('s199', { durationSeconds: 1 })),
    );
    expect(changed.conflicts).toEqual(['session:agent-julie:s199']);
    expect(await repository.getSession('session:agent-julie:n2')).toBeNull();
    // The last block holds only the 50 of s200–s249 … plus none: emptied, it goes with its text.
    const lastBlock = Array.from({ length: 50 }, (_, i) => `session:agent-julie:s${i + 200}`);
    expect(await repository.removeSessions([...lastBlock, 'session:agent-julie:s5', 'x'])).toBe(51);
    expect(await db.table('reviewBlocks').count()).toBe(4);
    expect(await db.table('reviewTranscripts').count()).toBe(4);
    expect(await repository.getSession('session:agent-julie:s5')).toBeNull();
    expect(await repository.getSession('session:agent-julie:s6')).toEqual(
      docs(bundledSession('s6'))[0],
    );
    expect(await repository.listSummaries()).toHaveLength(250 + 2 + 1 - 51);
  });

  it('moves a version-13 database’s sessions into blocks with nothing lost', async () => {
    const name = `review-v13-${Date.now()}`;
    const old = new Dexie(name);
    applyHistory(
      old,
      SCHEMA_HISTORY.filter((step) => step.version < 14),
    );
    const unscored = bundledSession('u1', {
      scoreCard: null,
      startedAt: '2025-01-02T08:00:00.000Z',
    });
    // A turn with a field this version does not know travels untouched (the schema is loose).
    const extra = bundledSession('x1');
    extra.transcript = [
      { ...extra.transcript[0], mood: { irritation: 2 }, aside: 'tiens' } as never,
    ];
    const held = [
      ...docs(
        ...Array.from({ length: 620 }, (_, i) => bundledSession(`s${String(i).padStart(3, '0')}`)),
        unscored,
        extra,
      ),
      ...toImportedSessions(
        sessionBundle([bundledSession('t1')], {
          id: 'agent-omar',
          displayName: '',
          role: 'agent',
        }) as never,
      ),
    ];
    // As version 10 onward wrote them: each session, and its summary beside it.
    await old.table('reviewSessions').bulkPut(held);
    await old.table('reviewSummaries').bulkPut(held.map(summaryOfImported));
    await old.table('reviewDocuments').put({
      kind: 'note',
      schemaVersion: 1,
      id: 'note:1',
      createdAt: '2026-11-05T10:00:00.000Z',
      author: { id: 'lead', name: 'Nadia' },
      session: held[3]?.id,
      turn: 0,
      text: 'Bien.',
    });
    old.close();
    const db = new CoulissesDatabase(name);
    opened.push(db);
    const repository = createReviewRepository(db);
    const sorted = [...held].sort((a, b) => (a.id < b.id ? -1 : 1));
    // Exactly as stored before, key order included.
    expect(JSON.stringify(await repository.listSessions())).toBe(JSON.stringify(sorted));
    expect(await repository.listSummaries()).toEqual(sorted.map(summaryOfImported));
    // The first and last of a slice of 500, the unscored one, the one with a new field, Omar's.
    for (const session of [held[0], held[499], held[500], held[620], held[621], held[622]]) {
      expect(session).toBeDefined();
      expect(JSON.stringify(await repository.getSession(session?.id ?? ''))).toBe(
        JSON.stringify(session),
      );
    }
    expect((await repository.sessionsOfAgent('agent-omar')).map((s) => s.sessionId)).toEqual([
      't1',
    ]);
    expect(
      (await repository.sessionsStartedBefore('2025-06-01T00:00:00.000Z')).map((s) => s.id),
    ).toEqual(['session:agent-julie:u1']);
    expect((await repository.allDocuments()).map((d) => d.id)).toEqual(['note:1']);
    // The same bundle imported again adds nothing; a changed session is still refused.
    const again = await repository.importSessions(held);
    expect([again.fresh.length, again.already, again.conflicts]).toEqual([0, held.length, []]);
    const changed = await repository.importSessions([
      { ...(held[400] as ImportedSession), durationSeconds: 1 },
    ]);
    expect(changed.conflicts).toEqual([held[400]?.id]);
  });

  it('imports a bundle once: the second time adds nothing', async () => {
    const repository = freshRepository();
    const first = await repository.importSessions(docs(bundledSession('s1'), bundledSession('s2')));
    expect([first.fresh.length, first.already]).toEqual([2, 0]);
    const again = await repository.importSessions(docs(bundledSession('s1'), bundledSession('s2')));
    expect([again.fresh.length, again.already]).toEqual([0, 2]);
    expect(await repository.listSessions()).toHaveLength(2);
  });

  it('writes nothing from a file holding a changed session, and keeps the held one', async () => {
    const repository = freshRepository();
    await repository.importSessions(docs(bundledSession('s1')));
    const plan = await repository.importSessions(
      docs(bundledSession('s3'), bundledSession('s1', { durationSeconds: 12 })),
    );
    expect(plan.conflicts).toEqual(['session:agent-julie:s1']);
    const held = await repository.listSessions();
    expect(held.map((s) => [s.sessionId, s.durationSeconds])).toEqual([['s1', 300]]);
  });

  it('keeps calibrations and parcours apart from a session’s review and from feedback', async () => {
    const repository = freshRepository();
    const session = 'session:agent-julie:s1';
    const author = { id: 'lead-nadia', name: 'Nadia Lefort' };
    const createdAt = '2026-11-05T10:00:00.000Z';
    await repository.append({
      kind: 'verdict',
      schemaVersion: 1,
      id: 'verdict:1',
      createdAt,
      author,
      session,
      verdict: 'rework',
      action: '',
    });
    await repository.appendCalibration({
      kind: 'calibration',
      schemaVersion: 1,
      id: 'calibration:1',
      createdAt,
      author,
      session,
      scores: { compliance: 100, brandTone: 60, recovery: null, adherence: 80 },
      criticalItems: [],
      comment: '',
    });
    const path = {
      kind: 'parcours',
      schemaVersion: 1,
      id: 'parcours:1',
      createdAt,
      author,
      title: 'Remise à niveau',
      steps: [{ scriptId: 'x', scriptTitle: 'X', mode: 'filage', thresholds: {} }],
      recurrence: 'monthly',
      startsOn: '2026-11-01',
      assignees: [],
    } satisfies TrainingPath;
    expect((await repository.importPath(path)).fresh).toHaveLength(1);
    expect((await repository.importPath(path)).already).toBe(1);
    expect((await repository.documentsOf([session])).map((d) => d.id)).toEqual(['verdict:1']);
    expect((await repository.allDocuments()).map((d) => d.id)).toEqual(['verdict:1']);
    expect((await repository.calibrations()).map((d) => d.id)).toEqual(['calibration:1']);
    expect((await repository.paths()).map((d) => d.title)).toEqual(['Remise à niveau']);
  });
});
