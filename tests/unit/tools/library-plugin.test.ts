import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gateLibraryDocument } from '@/domain/script/library-document';
import { libraryFiles, libraryIndexSource } from '../../../tools/vite/library-plugin';

const gateFile = (file: string) =>
  gateLibraryDocument(readFileSync(`scripts-library/${file}`, 'utf8'));

describe('library build plugin', () => {
  it('lists every document of the four library folders', () => {
    const expected = ['scripts', 'personas', 'brands', 'rubrics'].flatMap((folder) =>
      readdirSync(`scripts-library/${folder}`)
        .filter((name) => name.endsWith('.json'))
        .map((name) => `${folder}/${name}`),
    );
    expect(libraryFiles('scripts-library')).toEqual(expected.sort((a, b) => a.localeCompare(b)));
  });

  it('indexes each document with its kind and id, and loads each one on its own', () => {
    const source = libraryIndexSource(['scripts/exemple-date-prelevement.json'], gateFile);
    expect(source).toContain(
      '{"file":"scripts/exemple-date-prelevement.json","kind":"script","id":"exemple-date-prelevement"}',
    );
    expect(source).toContain(
      'import("virtual:coulisses-library/scripts/exemple-date-prelevement.json")',
    );
  });

  it('indexes a refused document without kind or id, so only a full load reports it', () => {
    const source = libraryIndexSource(['scripts/broken.json'], () =>
      gateLibraryDocument('{"kind": "script"'),
    );
    expect(source).toContain('{"file":"scripts/broken.json","kind":null,"id":null}');
  });
});
