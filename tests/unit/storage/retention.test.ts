import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { toImportedSessions } from '@/domain/review/imported-session';
import type { TranscriptTurn } from '@/domain/session/session.types';
import {
  DEFAULT_RETENTION_MONTHS,
  planPurge,
  purgeIsDue,
  purgeSessions,
  readRetentionMonths,
  retentionCutoff,
  writeRetentionMonths,
  type RetentionStorage,
} from '@/storage/retention';
import { createReviewRepository } from '@/storage/review-repository';
import type { SessionRecord } from '@/storage/session-record';
import { bundledSession, sessionBundle } from '../../fixtures/review/session-bundles';
import { testStorages } from './test-storages';

const openFreshStorage = testStorages('retention');
async function openStorage(): Promise<RetentionStorage> {
  const storage = await openFreshStorage();
  return { ...storage, review: createReviewRepository(storage.db) };
}

const NOW = new Date('2026-12-03T10:00:00.000Z');
const OLD = '2025-10-01T09:00:00.000Z';
const RECENT = '2026-11-20T09:00:00.000Z';

const record = (
  id: string,
  startedAt: string,
  status: SessionRecord['status'],
  profileId = 'agent-julie',
): SessionRecord => ({
  id,
  profileId,
  scriptId: 'exemple-date-prelevement',
  scriptVersion: '1.0.0',
  scriptTitle: 'Exemple',
  personaId: 'remi-garnier-presse',
  brandId: null,
  mode: 'filage',
  seed: 8,
  language: 'fr',
  startedAt,
  updatedAt: startedAt,
  status,
  machineState: status === 'in_progress' ? 'inCall' : 'ended',
  engine: { status: 'in_call' } as SessionRecord['engine'],
  elapsedSeconds: 10,
  exportedAt: null,
  scoreCard: null,
});

async function play(storage: RetentionStorage, id: string, startedAt: string, finished = true) {
  const turns = [0, 1].map((index) => ({
    sessionId: id,
    index,
    turn: { index, speaker: 'agent', text: `Réplique ${index}` } as TranscriptTurn,
  }));
  const open = record(id, startedAt, 'in_progress');
  await storage.sessions.saveProgress(open, turns.slice(0, 1));
  // A second write leaves a checkpoint beside the record, as a call in progress does.
  await storage.sessions.saveProgress({ ...open, elapsedSeconds: 20 }, turns.slice(1));
  if (finished) await storage.sessions.saveFinal(record(id, startedAt, 'ended'), []);
}

const counts = async ({ db, review }: RetentionStorage) => ({
  sessions: await db.sessions.count(),
  turns: await db.turns.count(),
  summaries: await db.sessionSummaries.count(),
  checkpoints: await db.sessionCheckpoints.count(),
  reviewSessions: (await review.listSummaries()).length,
  // Stored by blocks, a block's summaries and transcripts apart: neither may be left behind.
  reviewBlocks: await db.table('reviewBlocks').count(),
  reviewTranscripts: await db.table('reviewTranscripts').count(),
  reviewDocuments: await db.table('reviewDocuments').count(),
});

const note = (id: string, session: string) => ({
  kind: 'note' as const,
  schemaVersion: 1 as const,
  id,
  thread: id,
  deleted: false,
  createdAt: '2026-11-05T10:00:00.000Z',
  author: { id: 'lead-nadia', name: 'Nadia Lefort' },
  session,
  turn: 0,
  text: 'Reformulez avant de vérifier.',
});

describe('retention cutoff', () => {
  it('goes back whole calendar months, the 31st falling back to the month’s end', () => {
    expect(retentionCutoff(NOW, 12)).toBe('2025-12-03T10:00:00.000Z');
    expect(retentionCutoff(new Date('2026-03-31T08:00:00.000Z'), 6)).toBe(
      '2025-09-30T08:00:00.000Z',
    );
  });
});

describe('retention setting', () => {
  it('defaults to 12 months, keeps a chosen duration and refuses one not offered', async () => {
    const storage = await openStorage();
    expect(await readRetentionMonths(storage.db)).toBe(DEFAULT_RETENTION_MONTHS);
    expect(DEFAULT_RETENTION_MONTHS).toBe(12);
    await writeRetentionMonths(storage.db, 24);
    expect(await readRetentionMonths(storage.db)).toBe(24);
    expect(() => writeRetentionMonths(storage.db, 1)).toThrow(RangeError);
  });
});

describe('retention purge', () => {
  it('tells what is due, waits a week after the notice, then purges everything of those sessions', async () => {
    const storage = await openStorage();
    await play(storage, 'old-ended', OLD);
    await play(storage, 'old-open', '2025-09-01T09:00:00.000Z', false);
    await play(storage, 'recent', RECENT);
    await storage.review.importSessions(
      toImportedSessions(
        sessionBundle([
          bundledSession('imported-old', { startedAt: '2025-08-15T09:00:00.000Z' }),
          bundledSession('imported-recent', { startedAt: RECENT }),
        ]) as never,
      ),
    );
    await storage.review.append(note('note:old', 'session:agent-julie:imported-old'));
    await storage.review.append(note('note:recent', 'session:agent-julie:imported-recent'));
    // The lead's feedback about the agent's own old call, imported on the agent's device.
    await storage.review.append(note('note:mine', 'session:agent-julie:old-ended'));

    const plan = await planPurge(storage, NOW);
    expect(plan.practice).toEqual({ ids: ['old-ended'], first: OLD, last: OLD });
    expect(plan.review.ids).toEqual(['session:agent-julie:imported-old']);
    expect(plan.review.first).toBe('2025-08-15T09:00:00.000Z');
    expect(plan.noticeAt).toBe(NOW.toISOString());
    expect(purgeIsDue(plan, NOW)).toBe(false);

    // The notice is kept from one launch to the next: the week counts from the first one.
    const later = new Date('2026-12-10T10:00:00.000Z');
    const again = await planPurge(storage, later);
    expect(again.noticeAt).toBe(NOW.toISOString());
    expect(purgeIsDue(again, later)).toBe(true);

    expect(await purgeSessions(storage, again)).toEqual({ practice: 1, review: 1 });
    expect(await storage.sessions.get('old-ended')).toBeNull();
    expect((await storage.sessions.get('old-open'))?.record.status).toBe('in_progress');
    expect((await storage.review.allDocuments()).map((document) => document.id)).toEqual([
      'note:recent',
    ]);
    expect(await counts(storage)).toEqual({
      sessions: 2,
      turns: 4,
      summaries: 2,
      checkpoints: 1,
      reviewSessions: 1,
      reviewBlocks: 1,
      reviewTranscripts: 1,
      reviewDocuments: 1,
    });
    expect((await planPurge(storage, later)).noticeAt).toBeNull();
  });

  it('finds what is due across every profile of the device, ended and abandoned calls alike', async () => {
    const storage = await openStorage();
    await play(storage, 'julie-old', OLD);
    await play(storage, 'julie-open', '2025-09-01T09:00:00.000Z', false);
    const karim = (id: string, startedAt: string, status: SessionRecord['status']) =>
      storage.sessions.saveFinal(record(id, startedAt, status, 'agent-karim'), []);
    await karim('karim-older', '2025-06-01T09:00:00.000Z', 'abandoned');
    await karim('karim-old', '2025-11-01T09:00:00.000Z', 'ended');
    await karim('karim-recent', RECENT, 'ended');

    const plan = await planPurge(storage, NOW);
    expect([...plan.practice.ids].sort()).toEqual(['julie-old', 'karim-old', 'karim-older']);
    expect(plan.practice.first).toBe('2025-06-01T09:00:00.000Z');
    expect(plan.practice.last).toBe('2025-11-01T09:00:00.000Z');
    // The lead's feedback is filed under each call's own agent.
    expect(plan.feedbackIds).toEqual({
      'julie-old': 'session:agent-julie:julie-old',
      'karim-old': 'session:agent-karim:karim-old',
      'karim-older': 'session:agent-karim:karim-older',
    });
  });

  it('never purges a call that is still unfinished, whatever its age', async () => {
    const storage = await openStorage();
    await play(storage, 'forgotten', '2023-01-01T09:00:00.000Z', false);
    const plan = await planPurge(storage, NOW);
    expect(plan.practice.ids).toEqual([]);
    expect(plan.noticeAt).toBeNull();
    // Even when asked by id, the repository keeps it.
    expect(await storage.sessions.removeFinished(['forgotten'])).toEqual([]);
    expect((await counts(storage)).turns).toBe(2);
  });

  it('removes a session’s record, turns, summary and checkpoint all together or not at all', async () => {
    const storage = await openStorage();
    await play(storage, 'old-ended', OLD);
    const before = await counts(storage);
    const plan = await planPurge(storage, NOW);
    // The summaries' store refuses deletes: the whole transaction must roll back.
    const refused = vi
      .spyOn(storage.db.sessionSummaries, 'bulkDelete')
      .mockRejectedValue(new DOMException('refused', 'UnknownError'));
    await expect(purgeSessions(storage, plan)).rejects.toThrow();
    refused.mockRestore();
    expect(await counts(storage)).toEqual(before);
  });

  it('a longer duration keeps what a shorter one would purge, and restarts the notice', async () => {
    const storage = await openStorage();
    await play(storage, 'old-ended', OLD);
    expect((await planPurge(storage, NOW)).practice.ids).toEqual(['old-ended']);
    await writeRetentionMonths(storage.db, 24);
    const plan = await planPurge(storage, NOW);
    expect(plan.practice.ids).toEqual([]);
    await writeRetentionMonths(storage.db, 6);
    const later = new Date('2026-12-05T10:00:00.000Z');
    expect((await planPurge(storage, later)).noticeAt).toBe(later.toISOString());
  });
});
