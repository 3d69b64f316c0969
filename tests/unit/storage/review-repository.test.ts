import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { toImportedSessions } from '@/domain/review/imported-session';
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
