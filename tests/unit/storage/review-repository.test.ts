import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { toImportedSessions } from '@/domain/review/imported-session';
import { CoulissesDatabase } from '@/storage/database';
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
