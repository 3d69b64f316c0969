// The script editor's pickers and validator see the trainer's own brands and personas: the newest
// published version of each, the drafts over them, never over a shipped document, and only what
// the gate reads.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrandGuide } from '@/domain/script/brand-guide-schema';
import { withOwnCast } from '@/features/authoring/cast/own-cast';
import { createAppStorage, openAppStorage, type AppStorage } from '@/storage/app-storage';
import { createDocumentDraftRepository } from '@/storage/document-draft-repository';
import { createDocumentVersionRepository } from '@/storage/document-version-repository';
import { registerAppStorage } from '@/stores/app-storage-registry';
import { exampleBrand, fakePersona } from '../domain/session/session-fixtures';

let storage: AppStorage;
beforeEach(async () => {
  storage = createAppStorage(() => undefined, `own-cast-${Date.now()}-${Math.random()}`);
  await openAppStorage(storage);
  registerAppStorage(storage);
});
afterEach(async () => {
  storage.db.close();
  await Dexie.delete(storage.db.name);
});

const brand = (name: string, id = 'azur-velos'): BrandGuide => ({ ...exampleBrand(), id, name });
const shipped = () => ({
  scripts: [],
  brands: new Map([[exampleBrand().id, exampleBrand()]]),
  personas: new Map([[fakePersona().id, fakePersona()]]),
});
const publish = (document: BrandGuide) =>
  createDocumentVersionRepository(storage.db).publish({
    kind: 'brand-guide',
    document,
    author: 'Inès',
    note: 'v',
    publishedAt: '2026-12-03T10:00:00.000Z',
  });
const draft = (id: string, document: BrandGuide, updatedAt: string) =>
  createDocumentDraftRepository(storage.db).save({ id, kind: 'brand-guide', document, updatedAt });

describe("the editor's own brands and personas", () => {
  it('adds published versions, then drafts over them; shipped ids are never shadowed', async () => {
    await publish(brand('Azur v1'));
    await publish(brand('Azur v2'));
    await publish(brand('Seulement publiée', 'velo-seul'));
    await draft('d1', brand('Azur brouillon ancien'), '2026-12-03T10:00:00.000Z');
    await draft('d2', brand('Azur brouillon récent'), '2026-12-03T11:00:00.000Z');
    await draft('d3', brand('Contrefaçon', exampleBrand().id), '2026-12-03T12:00:00.000Z');
    const persona = fakePersona({ id: 'sami-roux', name: 'Sami' });
    await createDocumentDraftRepository(storage.db).save({
      id: 'p1',
      kind: 'persona',
      document: persona,
      updatedAt: '2026-12-03T10:00:00.000Z',
    });
    const library = await withOwnCast(shipped());
    expect(library.brands.get('azur-velos')?.name).toBe('Azur brouillon récent');
    expect(library.brands.get('velo-seul')?.name).toBe('Seulement publiée');
    expect(library.brands.get(exampleBrand().id)?.name).toBe(exampleBrand().name);
    expect(library.personas.get('sami-roux')?.name).toBe('Sami');
  });

  it('leaves out a draft the gate refuses (a half-written one)', async () => {
    await draft('d1', { ...brand('Vide'), greetingFormulas: [] }, '2026-12-03T10:00:00.000Z');
    const library = await withOwnCast(shipped());
    expect(library.brands.has('azur-velos')).toBe(false);
  });
});
