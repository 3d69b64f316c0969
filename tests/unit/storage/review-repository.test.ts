import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { toImportedSessions } from '@/domain/review/imported-session';
import { CoulissesDatabase } from '@/storage/database';
import { createReviewRepository } from '@/storage/review-repository';
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
});
