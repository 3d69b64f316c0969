import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDocumentDraftRepository } from '@/storage/document-draft-repository';
import { exampleBrand, fakePersona } from '../domain/session/session-fixtures';
import { testStorages } from './test-storages';

const openStorage = testStorages('documents');

describe('brand and persona drafts', () => {
  it('saves both kinds, lists newest first, reads back and removes', async () => {
    const drafts = createDocumentDraftRepository((await openStorage()).db);
    const brand = { ...exampleBrand(), id: 'ma-marque' };
    const persona = fakePersona({ id: 'mon-client' });
    await drafts.save({
      id: 'b1',
      kind: 'brand-guide',
      document: brand,
      updatedAt: '2026-01-01T00:00:00.000Z',
      origin: 'library:brisa-energie',
    });
    await drafts.save({
      id: 'p1',
      kind: 'persona',
      document: persona,
      updatedAt: '2026-01-02T00:00:00.000Z',
    });
    expect((await drafts.list()).map((d) => d.id)).toEqual(['p1', 'b1']);
    const read = await drafts.get('b1');
    expect(read?.kind === 'brand-guide' && read.document).toEqual(brand);
    expect(read?.origin).toBe('library:brisa-energie');
    await drafts.remove('b1');
    expect(await drafts.get('b1')).toBeUndefined();
    expect((await drafts.list()).map((d) => d.id)).toEqual(['p1']);
  });
});
