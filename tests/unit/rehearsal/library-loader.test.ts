import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLibrary, personasFor } from '@/features/rehearsal/library/library-loader';

const read = (path: string) => () => Promise.resolve(readFileSync(path, 'utf8'));

describe('library loader', () => {
  it('loads good documents and reports bad ones clearly, without loading them in part', async () => {
    const library = await loadLibrary({
      '/scripts-library/scripts/exemple-date-prelevement.json': read(
        'scripts-library/scripts/exemple-date-prelevement.json',
      ),
      '/scripts-library/personas/remi-garnier-presse.json': read(
        'scripts-library/personas/remi-garnier-presse.json',
      ),
      '/scripts-library/scripts/truncated.json': () => Promise.resolve('{"kind": "script", "id"'),
      '/scripts-library/brands/wrong.json': () =>
        Promise.resolve('{"kind": "brand-guide", "schemaVersion": 1}'),
    });
    expect(library.scripts.map((script) => script.id)).toEqual(['exemple-date-prelevement']);
    expect(library.problems.map((problem) => problem.file)).toEqual([
      'brands/wrong.json',
      'scripts/truncated.json',
    ]);
    expect(library.problems[1]?.message.fr).toMatch(/pas du JSON valide/);
    expect(library.brands.size).toBe(0);
    const [script] = library.scripts;
    expect(script && personasFor(library, script).map((persona) => persona.id)).toEqual([
      'remi-garnier-presse',
    ]);
  });
});
