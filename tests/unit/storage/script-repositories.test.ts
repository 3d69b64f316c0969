import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { blankScript } from '@/domain/script/edit/new-script';
import { createScriptDraftRepository } from '@/storage/script-draft-repository';
import { createScriptVersionRepository, latestVersions } from '@/storage/script-version-repository';
import { testStorages } from './test-storages';

const openStorage = testStorages('scripts');

const script = (id = 'brouillon') =>
  blankScript({
    id,
    title: 'Brouillon',
    author: 'Formatrice',
    brand: 'brisa-energie',
    language: 'fr',
    summary: 'Un appel.',
    objective: 'Accueillir.',
    firstStepTitle: 'Accueil',
    outcomeTitle: 'Fin',
  });

describe('script drafts', () => {
  it('saves, lists newest first, reads back and removes', async () => {
    const drafts = createScriptDraftRepository((await openStorage()).db);
    await drafts.save({ id: 'd1', script: script('a'), updatedAt: '2026-01-01T00:00:00.000Z' });
    await drafts.save({ id: 'd2', script: script('b'), updatedAt: '2026-01-02T00:00:00.000Z' });
    expect((await drafts.list()).map((d) => d.id)).toEqual(['d2', 'd1']);
    expect((await drafts.get('d1'))?.script).toEqual(script('a'));
    await drafts.remove('d1');
    expect((await drafts.list()).map((d) => d.id)).toEqual(['d2']);
  });
});

describe('script versions', () => {
  it('numbers publications per script and sets the script version', async () => {
    const versions = createScriptVersionRepository((await openStorage()).db);
    const at = '2026-01-01T00:00:00.000Z';
    const first = await versions.publish({
      script: script(),
      author: 'A',
      note: 'v1',
      publishedAt: at,
    });
    const second = await versions.publish({
      script: script(),
      author: 'B',
      note: 'v2',
      publishedAt: at,
    });
    await versions.publish({ script: script('autre'), author: 'A', note: 'x', publishedAt: at });
    expect([first.number, second.number]).toEqual([1, 2]);
    expect(second.script.version).toBe('2.0.0');
    expect((await versions.listFor('brouillon')).map((v) => v.note)).toEqual(['v1', 'v2']);
    const latest = latestVersions(await versions.listAll());
    expect(latest.map((v) => [v.scriptId, v.number]).sort()).toEqual([
      ['autre', 1],
      ['brouillon', 2],
    ]);
  });

  it('never overwrites a published version', async () => {
    const { db } = await openStorage();
    const versions = createScriptVersionRepository(db);
    const at = '2026-01-01T00:00:00.000Z';
    const first = await versions.publish({
      script: script(),
      author: 'A',
      note: 'v1',
      publishedAt: at,
    });
    await expect(db.table('scriptVersions').add({ ...first, note: 'changed' })).rejects.toThrow();
    expect((await versions.listFor('brouillon'))[0]?.note).toBe('v1');
  });
});
