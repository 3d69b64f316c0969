import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { className, nlpjsCorePlugin, USED } from '../../../tools/vite/nlpjs-core-plugin';

const require = createRequire(import.meta.url);
const LANGS = ['@nlpjs/lang-fr', '@nlpjs/lang-en-min'];

/** The names each file of the language packages takes from `require('@nlpjs/core')`. */
function namesTaken(): Set<string> {
  const names = new Set<string>();
  for (const lang of LANGS) {
    const dir = join(require.resolve(`${lang}/package.json`), '..', 'src');
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const [, list] of text.matchAll(/const \{([^}]*)\} = require\('@nlpjs\/core'\)/gu))
        for (const name of (list as string).split(',')) names.add(name.trim());
    }
  }
  return names;
}

describe('the @nlpjs core the language packages get', () => {
  it('has every class their files take, the very ones the full index exports', () => {
    const core = require('@nlpjs/core') as Record<string, unknown>;
    const shipped = USED.map(className);
    expect([...namesTaken()].sort()).toEqual([...shipped].sort());
    for (const file of USED)
      expect(require(`@nlpjs/core/src/${file}.js`), file).toBe(core[className(file)]);
  });

  it('is given to the language packages only', () => {
    const plugin = nlpjsCorePlugin();
    const resolve = (plugin.resolveId as { handler: (id: string, importer?: string) => unknown })
      .handler;
    const stemmer = '/app/node_modules/@nlpjs/lang-fr/src/stemmer-fr.js';
    expect(resolve('@nlpjs/core', stemmer)).toMatch(/nlpjs-stemmer-core/);
    expect(resolve('@nlpjs/core', '/app/src/domain/language/stemmer.ts')).toBeNull();
  });
});
