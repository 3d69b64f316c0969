// Brands and personas published in Atelier join Répéter's library the way published scripts do:
// versioned, append-only, gated again on the way in, never shadowing a shipped document; a
// published script naming a brand or persona that is neither shipped nor published is listed as
// unavailable with the reason.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrandGuide } from '@/domain/script/brand-guide-schema';
import type { Script } from '@/domain/script/script-schema';
import { createAppStorage, openAppStorage, type AppStorage } from '@/storage/app-storage';
import {
  createDocumentVersionRepository,
  latestDocumentVersions,
} from '@/storage/document-version-repository';
import { createScriptVersionRepository } from '@/storage/script-version-repository';
import { registerAppStorage } from '@/stores/app-storage-registry';
import { withPublishedDocuments, type JoinableLibrary } from '@/stores/published-documents';
import { exampleBrand, exampleScript, fakePersona } from '../domain/session/session-fixtures';

let storage: AppStorage;
beforeEach(async () => {
  storage = createAppStorage(() => undefined, `published-${Date.now()}-${Math.random()}`);
  await openAppStorage(storage);
  registerAppStorage(storage);
});
afterEach(async () => {
  storage.db.close();
  await Dexie.delete(storage.db.name);
});

const when = '2026-12-03T10:00:00.000Z';
const ownBrand = (): BrandGuide => ({ ...exampleBrand(), id: 'azur-velos', name: 'Azur Vélos' });
const ownPersona = () => fakePersona({ id: 'sami-roux', name: 'M. Sami Roux' });
const ownScript = (brand = 'azur-velos', persona = 'sami-roux'): Script => ({
  ...exampleScript(),
  id: 'velo-en-retard',
  brand,
  suggestedPersonas: [persona],
});
const shipped = (): JoinableLibrary => ({
  scripts: [exampleScript()],
  brands: new Map([[exampleBrand().id, exampleBrand()]]),
  personas: new Map([[fakePersona().id, fakePersona()]]),
  unavailable: [],
});

async function publish(...documents: (BrandGuide | ReturnType<typeof fakePersona>)[]) {
  const versions = createDocumentVersionRepository(storage.db);
  for (const document of documents) {
    await versions.publish({
      kind: document.kind,
      document,
      author: 'Inès',
      note: 'v',
      publishedAt: when,
    } as Parameters<typeof versions.publish>[0]);
  }
}

describe('published brand guides and personas', () => {
  it('are numbered per kind and id, append-only, newest first when joined', async () => {
    const versions = createDocumentVersionRepository(storage.db);
    await publish(ownBrand(), { ...ownBrand(), name: 'Azur Vélos 2' }, ownPersona());
    const brand = await versions.listFor('brand-guide', 'azur-velos');
    expect(brand.map((v) => v.number)).toEqual([1, 2]);
    expect(await versions.listFor('persona', 'sami-roux')).toHaveLength(1);
    const first = brand[0];
    await expect(storage.db.table('documentVersions').add({ ...first })).rejects.toThrow();
    const latest = latestDocumentVersions(await versions.listAll());
    expect(latest.map((v) => `${v.kind}:${v.number}:${v.document.name}`).sort()).toEqual([
      'brand-guide:2:Azur Vélos 2',
      'persona:1:M. Sami Roux',
    ]);
  });

  it('join the library with the script that uses them, which becomes playable', async () => {
    await publish(ownBrand(), ownPersona());
    await createScriptVersionRepository(storage.db).publish({
      script: ownScript(),
      author: 'Inès',
      note: 'v',
      publishedAt: when,
    });
    const library = await withPublishedDocuments(shipped(), { resolve: true });
    expect(library.brands.get('azur-velos')?.name).toBe('Azur Vélos');
    expect(library.personas.get('sami-roux')?.name).toBe('M. Sami Roux');
    expect(library.scripts.map((s) => s.id)).toEqual([exampleScript().id, 'velo-en-retard']);
    expect(library.unavailable).toEqual([]);
  });

  it('never shadow a shipped document with the same id', async () => {
    await publish({ ...exampleBrand(), name: 'Contrefaçon' });
    const library = await withPublishedDocuments(shipped(), { resolve: true });
    expect(library.brands.get(exampleBrand().id)?.name).toBe(exampleBrand().name);
  });

  it('are refused on the way in when the gate refuses them now', async () => {
    await publish({ ...ownBrand(), greetingFormulas: [] });
    const library = await withPublishedDocuments(shipped(), { resolve: true });
    expect(library.brands.has('azur-velos')).toBe(false);
  });

  it('a published script naming an unknown brand is unavailable, with the reason', async () => {
    await publish(ownPersona());
    await createScriptVersionRepository(storage.db).publish({
      script: ownScript('marque-absente'),
      author: 'Inès',
      note: 'v',
      publishedAt: when,
    });
    const library = await withPublishedDocuments(shipped(), { resolve: true });
    expect(library.scripts.map((s) => s.id)).toEqual([exampleScript().id]);
    const [unavailable] = library.unavailable;
    expect(unavailable?.script.id).toBe('velo-en-retard');
    expect(unavailable?.problem.file).toBe('atelier/velo-en-retard@1');
    expect(unavailable?.problem.message.fr).toContain('marque-absente');
    // A resumed call's own documents skip the reference check (they hold only its brand).
    const own = await withPublishedDocuments(shipped());
    expect(own.scripts.map((s) => s.id)).toContain('velo-en-retard');
  });
});
