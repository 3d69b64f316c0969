import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatFinding } from '@/domain/script/format-finding';
import { checkLibrary, gateLibraryDocument } from '@/domain/script/library-document';
import {
  libraryErrors,
  libraryFiles,
  libraryIndexSource,
} from '../../../tools/vite/library-plugin';

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

  it('indexes each document with its kind, id, language and brand, and loads each one on its own', () => {
    const source = libraryIndexSource(['scripts/exemple-date-prelevement.json'], gateFile);
    expect(source).toContain(
      '{"file":"scripts/exemple-date-prelevement.json","kind":"script","id":"exemple-date-prelevement","language":"fr","brand":"brisa-energie"}',
    );
    expect(source).toContain(
      'import("virtual:coulisses-library/scripts/exemple-date-prelevement.json")',
    );
  });

  it('indexes a persona with its name, so the setup page lists it without loading it', () => {
    const file = 'personas/remi-garnier-presse.json';
    const gated = gateFile(file);
    const name = gated.ok && gated.kind === 'persona' ? gated.document.name : null;
    expect(name).toBeTruthy();
    expect(libraryIndexSource([file], gateFile)).toContain(
      `{"file":"${file}","kind":"persona","id":"remi-garnier-presse","language":"fr","name":${JSON.stringify(name)}}`,
    );
  });

  it('indexes a refused document without kind or id, so only a full load reports it', () => {
    const source = libraryIndexSource(['scripts/broken.json'], () =>
      gateLibraryDocument('{"kind": "script"'),
    );
    expect(source).toContain('{"file":"scripts/broken.json","kind":null,"id":null}');
  });
});

// The whole library through the validator: seconds on a loaded machine, not a speed test.
describe('library check at build time', { timeout: 60_000 }, () => {
  const library = () =>
    libraryFiles('scripts-library').map((file) => ({
      file,
      text: readFileSync(`scripts-library/${file}`, 'utf8'),
    }));

  it('passes the shipped library: nothing refused, nothing unavailable', () => {
    const check = checkLibrary(library());
    expect(libraryErrors(check.findings, formatFinding)).toBeNull();
    expect([...check.documents.values()].every((d) => d.ok && !d.unavailable)).toBe(true);
  });

  it('fails the build on a script the validator refuses, with its findings, and marks it unavailable', () => {
    const files = library();
    const example = files.find((f) => f.file === 'scripts/exemple-date-prelevement.json');
    const script = JSON.parse(example?.text ?? '{}') as { id: string; brand: string };
    const broken = JSON.stringify({ ...script, id: 'casse', brand: 'marque-absente' });
    const check = checkLibrary([...files, { file: 'scripts/casse.json', text: broken }]);
    const errors = libraryErrors(check.findings, formatFinding);
    expect(errors).toContain(
      'scripts-library/scripts/casse.json: $.brand: error unknown-brand: La charte de marque "marque-absente" est introuvable.',
    );
    expect(errors?.split('\n')).toHaveLength(2); // the summary and the one error
    expect(check.documents.get('scripts/casse.json')).toMatchObject({
      ok: true,
      kind: 'script',
      unavailable: { path: '$.brand' },
    });
  });
});
