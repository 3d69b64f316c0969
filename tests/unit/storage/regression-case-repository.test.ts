import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  createRegressionCaseRepository,
  type RegressionCaseRecord,
} from '@/storage/regression-case-repository';
import { testStorages } from './test-storages';

const openStorage = testStorages('cases');

const record = (id: string, draftId: string, createdAt: string): RegressionCaseRecord => ({
  id,
  draftId,
  scriptId: 'changer-date',
  name: `Cas ${id}`,
  createdAt,
  run: {
    preset: { stepId: 'verification', identityVerified: false },
    personaId: 'remi-garnier-presse',
    seed: 7,
    mode: 'filage',
    lines: ['Pouvez-vous me donner votre numéro client ?'],
  },
  expected: {
    outcome: { code: 'resolved', success: true, reason: 'script' },
    outOf20: 14.5,
    steps: ['verification', 'reponse-identite'],
  },
});

describe('regression cases', () => {
  it('lists a draft’s cases oldest first, keeps others apart, and removes one', async () => {
    const cases = createRegressionCaseRepository((await openStorage()).db);
    await cases.save(record('b', 'd1', '2026-12-02T10:00:00.000Z'));
    await cases.save(record('a', 'd1', '2026-12-01T10:00:00.000Z'));
    await cases.save(record('c', 'd2', '2026-12-01T09:00:00.000Z'));
    expect((await cases.listFor('d1')).map((c) => c.id)).toEqual(['a', 'b']);
    expect(await cases.listFor('d1')).toContainEqual(record('a', 'd1', '2026-12-01T10:00:00.000Z'));
    await cases.remove('a');
    expect((await cases.listFor('d1')).map((c) => c.id)).toEqual(['b']);
    expect((await cases.listFor('d2')).map((c) => c.id)).toEqual(['c']);
  });
});
