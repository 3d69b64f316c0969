import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { libraryIndex } from 'virtual:coulisses-library';
import { gateLibraryDocument } from '@/domain/script/library-document';
import type { Script } from '@/domain/script/script-schema';
import {
  isSessionDocument,
  loadLibrary,
  personasFor,
  personaEntriesFor,
  setupDocuments,
  type LibraryEntry,
} from '@/features/rehearsal/library/library-loader';

/** An index entry as the build plugin makes it: gated text, kind and id known up front. */
const entry = (file: string, text: string): LibraryEntry => {
  const gated = gateLibraryDocument(text);
  return {
    file,
    kind: gated.ok ? gated.kind : null,
    id: gated.ok ? gated.document.id : null,
    load: () => Promise.resolve({ default: gated }),
  };
};
const libraryFile = (file: string) => entry(file, readFileSync(`scripts-library/${file}`, 'utf8'));

describe('library loader', () => {
  it('loads good documents and reports bad ones clearly, without loading them in part', async () => {
    const library = await loadLibrary([
      libraryFile('scripts/exemple-date-prelevement.json'),
      libraryFile('personas/remi-garnier-presse.json'),
      entry('scripts/truncated.json', '{"kind": "script", "id"'),
      entry('brands/wrong.json', '{"kind": "brand-guide", "schemaVersion": 1}'),
    ]);
    expect(library.scripts.map((script) => script.id)).toEqual(['exemple-date-prelevement']);
    expect(library.problems.map((problem) => problem.file)).toEqual([
      'brands/wrong.json',
      'scripts/truncated.json',
    ]);
    expect(library.problems[1]?.message.fr).toMatch(/JSON invalide ligne 1, colonne 24/);
    expect(library.problems[0]?.path).toMatch(/^\$/);
    expect(library.problems[0]?.fix.fr.length).toBeGreaterThan(10);
    expect(library.brands.size).toBe(0);
    const [script] = library.scripts;
    expect(script && personasFor(library, script).map((persona) => persona.id)).toEqual([
      'remi-garnier-presse',
    ]);
  });

  it("loads only a call's own documents (script, persona, brand) and the rubrics", async () => {
    const loaded: string[] = [];
    const entries = [
      'scripts/exemple-date-prelevement.json',
      'scripts/colis-livre-non-recu.json',
      'personas/remi-garnier-presse.json',
      'personas/karim-benali-agressif.json',
      'brands/brisa-energie.json',
      'brands/colibri-livraison.json',
      'rubrics/default.json',
    ].map((file) => {
      const known = libraryFile(file);
      return { ...known, load: () => (loaded.push(file), known.load()) };
    });
    const library = await loadLibrary(
      entries,
      isSessionDocument({
        scriptId: 'exemple-date-prelevement',
        personaId: 'remi-garnier-presse',
        brandId: 'brisa-energie',
      }),
    );
    expect(loaded.sort()).toEqual([
      'brands/brisa-energie.json',
      'personas/remi-garnier-presse.json',
      'rubrics/default.json',
      'scripts/exemple-date-prelevement.json',
    ]);
    expect(library.scripts.map((script) => script.id)).toEqual(['exemple-date-prelevement']);
    expect([...library.rubrics.keys()]).toEqual(['default']);
  });
});

describe('the setup page of one script', () => {
  const index = (
    [
      ['scripts/a.json', 'script', 'a', 'fr', 'brisa'],
      ['scripts/b.json', 'script', 'b', 'fr', 'lumio'],
      ['personas/p-fr.json', 'persona', 'p-fr', 'fr'],
      ['personas/p-en.json', 'persona', 'p-en', 'en'],
      ['brands/brisa.json', 'brand-guide', 'brisa'],
      ['brands/lumio.json', 'brand-guide', 'lumio'],
      ['rubrics/default.json', 'rubric', 'default'],
    ] as const
  ).map(([file, kind, id, language, brand]): LibraryEntry => ({
    file,
    kind,
    id,
    ...(language ? { language } : {}),
    ...(brand ? { brand } : {}),
    load: () => Promise.reject(new Error('not loaded here')),
  }));

  it('loads its script, its brand and the rubrics, nothing else: personas come by name', () => {
    const wanted = setupDocuments(index, 'a');
    expect(index.filter((entry) => wanted?.(entry)).map((entry) => entry.file)).toEqual([
      'scripts/a.json',
      'brands/brisa.json',
      'rubrics/default.json',
    ]);
  });

  it('lists the personas of the script’s language from the index, suggested first, none refused', () => {
    const persona = (id: string, language: string, unavailable = false): LibraryEntry => ({
      file: `personas/${id}.json`,
      kind: 'persona',
      id,
      language,
      name: `Name of ${id}`,
      ...(unavailable ? { unavailable } : {}),
      load: () => Promise.reject(new Error('not loaded here')),
    });
    const personas = [
      persona('anne', 'fr'),
      persona('bob', 'en'),
      persona('chloe', 'fr'),
      persona('denis', 'fr', true),
      persona('emma', 'fr'),
    ];
    const script = { language: 'fr', suggestedPersonas: ['emma', 'bob', 'denis'] } as Script;
    expect(personaEntriesFor(personas, script).map((found) => found.id)).toEqual([
      'emma',
      'anne',
      'chloe',
    ]);
  });

  it('lists, for every shipped script, the customers the whole library gives, in the same order', async () => {
    // Same list, same order: « surprise me » draws the same customer from either.
    const library = await loadLibrary(libraryIndex);
    expect(library.scripts.length).toBeGreaterThan(5);
    for (const script of library.scripts) {
      const listed = personaEntriesFor(libraryIndex, script).map(({ id, name }) => ({ id, name }));
      const loaded = personasFor(library, script).map(({ id, name }) => ({ id, name }));
      expect(listed, script.id).toEqual(loaded);
    }
  });

  it('needs the whole library for a script the index does not ship', () => {
    expect(setupDocuments(index, 'published-in-atelier')).toBeNull();
  });
});
