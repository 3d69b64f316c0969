import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import type { GatedLibraryDocument } from '../../src/domain/script/library-document';

/** The module the app imports: one entry per library file, each document its own lazy chunk. */
export const LIBRARY_INDEX_ID = 'virtual:coulisses-library';
const DOCUMENT_ID = `${LIBRARY_INDEX_ID}/`;
// Resolved ids start with \0 (Rollup's mark for virtual modules) and carry no `.json`, so
// Vite's JSON plugin leaves the generated JavaScript alone.
const RESOLVED_INDEX = `\0${LIBRARY_INDEX_ID}`;
const RESOLVED_DOCUMENT = `\0coulisses-library-document:`;
const FOLDERS = ['scripts', 'personas', 'brands', 'rubrics'] as const;

type Gate = (text: string) => GatedLibraryDocument;

/** Every library file, relative to the library folder (`scripts/x.json`), in a stable order. */
export function libraryFiles(libraryDir: string): string[] {
  return FOLDERS.flatMap((folder) =>
    readdirSync(join(libraryDir, folder))
      .filter((name) => name.endsWith('.json'))
      .map((name) => `${folder}/${name}`),
  ).sort((a, b) => a.localeCompare(b));
}

/** The index module's source: kind and id known at build time, documents loaded on demand. */
export function libraryIndexSource(files: string[], gated: (file: string) => GatedLibraryDocument) {
  const entries = files.map((file) => {
    const document = gated(file);
    const known = document.ok ? { kind: document.kind, id: document.document.id } : {};
    const load = `() => import(${JSON.stringify(DOCUMENT_ID + file)})`;
    return `  { ...${JSON.stringify({ file, kind: null, id: null, ...known })}, load: ${load} },`;
  });
  return `export const libraryIndex = [\n${entries.join('\n')}\n];\n`;
}

/**
 * Gates the script library when the app is built (or served in development), so the browser
 * receives documents already checked and never loads the schema validator or Zod to play a call.
 * A refused file still reaches the app as a problem naming the file, the place and the fix.
 */
export function libraryPlugin(): Plugin {
  let libraryDir = '';
  let gate: Promise<Gate> | null = null;
  let root = '';
  const cache = new Map<string, { mtime: number; value: GatedLibraryDocument }>();
  const loadGate = () =>
    (gate ??= tsImport(
      pathToFileURL(join(root, 'src/domain/script/library-document.ts')).href,
      import.meta.url,
    ).then((module: { gateLibraryDocument: Gate }) => module.gateLibraryDocument));
  const gatedWith = (check: Gate) => (file: string) => {
    const path = join(libraryDir, file);
    const mtime = statSync(path).mtimeMs;
    const known = cache.get(path);
    if (known?.mtime === mtime) return known.value;
    const value = check(readFileSync(path, 'utf8'));
    cache.set(path, { mtime, value });
    return value;
  };
  return {
    name: 'coulisses-library',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      libraryDir = join(root, 'scripts-library');
    },
    resolveId: {
      // Hook filters keep the other modules of the build out of this plugin entirely.
      filter: { id: /^virtual:coulisses-library/u },
      handler(id) {
        if (id === LIBRARY_INDEX_ID) return RESOLVED_INDEX;
        return RESOLVED_DOCUMENT + id.slice(DOCUMENT_ID.length).replace(/\.json$/u, '');
      },
    },
    load: {
      filter: { id: /^\0(?:virtual:coulisses-library$|coulisses-library-document:)/u },
      async handler(id) {
        const check = gatedWith(await loadGate());
        if (id === RESOLVED_INDEX) {
          const files = libraryFiles(libraryDir);
          for (const file of files) this.addWatchFile(join(libraryDir, file));
          return libraryIndexSource(files, check);
        }
        const file = `${id.slice(RESOLVED_DOCUMENT.length)}.json`;
        this.addWatchFile(join(libraryDir, file));
        return `export default ${JSON.stringify(check(file))};\n`;
      },
    },
  };
}
