import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import type { Finding } from '../../src/domain/script/finding.types';
import type { checkLibrary, GatedLibraryDocument } from '../../src/domain/script/library-document';
import type { formatFinding } from '../../src/domain/script/format-finding';

/** The module the app imports: one entry per library file, each document its own lazy chunk. */
export const LIBRARY_INDEX_ID = 'virtual:coulisses-library';
const DOCUMENT_ID = `${LIBRARY_INDEX_ID}/`;
// Resolved ids start with \0 (Rollup's mark for virtual modules) and carry no `.json`, so
// Vite's JSON plugin leaves the generated JavaScript alone.
const RESOLVED_INDEX = `\0${LIBRARY_INDEX_ID}`;
const RESOLVED_DOCUMENT = `\0coulisses-library-document:`;
const FOLDERS = ['scripts', 'personas', 'brands', 'rubrics'] as const;

interface Checker {
  checkLibrary: typeof checkLibrary;
  formatFinding: typeof formatFinding;
}

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
    // A script's language and brand, a persona's language and name: the setup page picks its
    // few files from the index, and lists the customers, without loading the others.
    const known = document.ok
      ? {
          kind: document.kind,
          id: document.document.id,
          ...('language' in document.document ? { language: document.document.language } : {}),
          ...('brand' in document.document ? { brand: document.document.brand } : {}),
          ...(document.kind === 'persona' ? { name: document.document.name } : {}),
          ...(document.unavailable ? { unavailable: true } : {}),
        }
      : {};
    const load = `() => import(${JSON.stringify(DOCUMENT_ID + file)})`;
    return `  { ...${JSON.stringify({ file, kind: null, id: null, ...known })}, load: ${load} },`;
  });
  return `export const libraryIndex = [\n${entries.join('\n')}\n];\n`;
}

/** The build's refusal: every error of the library, one line each, as `scripts:check` prints them. */
export function libraryErrors(
  findings: ReadonlyMap<string, readonly Finding[]>,
  format: Checker['formatFinding'],
): string | null {
  const lines = [...findings].flatMap(([file, found]) =>
    found
      .filter((finding) => finding.severity === 'error')
      .map((finding) => format(`scripts-library/${file}`, finding, 'fr')),
  );
  if (lines.length === 0) return null;
  return `La bibliothèque de scripts contient ${lines.length} erreur(s) ; rien n’est publié tant qu’elles restent (npm run scripts:check) :\n${lines.join('\n')}`;
}

/**
 * Checks the script library — the gate and the full validator, references resolved across the
 * library — when the app is built or served, so the browser receives checked documents and never
 * loads the validator or Zod to play a call. `vite build` fails on any error; in development a
 * refused file still reaches the app, as a problem or an unavailable script naming the place
 * and the fix.
 */
export function libraryPlugin(): Plugin {
  let libraryDir = '';
  let root = '';
  let building = false;
  let checker: Promise<Checker> | null = null;
  let cached: { signature: string; check: ReturnType<Checker['checkLibrary']> } | null = null;
  const loadChecker = () =>
    (checker ??= Promise.all([
      tsImport(
        pathToFileURL(join(root, 'src/domain/script/library-document.ts')).href,
        import.meta.url,
      ),
      tsImport(
        pathToFileURL(join(root, 'src/domain/script/format-finding.ts')).href,
        import.meta.url,
      ),
    ]).then(
      ([documents, format]: [Pick<Checker, 'checkLibrary'>, Pick<Checker, 'formatFinding'>]) => ({
        checkLibrary: documents.checkLibrary,
        formatFinding: format.formatFinding,
      }),
    ));
  // The whole library is checked together (a script needs its brand); cached until a file changes.
  const checkNow = async () => {
    const { checkLibrary } = await loadChecker();
    const files = libraryFiles(libraryDir);
    const signature = files
      .map((file) => `${file}@${statSync(join(libraryDir, file)).mtimeMs}`)
      .join('|');
    if (cached?.signature !== signature) {
      const texts = files.map((file) => ({
        file,
        text: readFileSync(join(libraryDir, file), 'utf8'),
      }));
      cached = { signature, check: checkLibrary(texts) };
    }
    return cached.check;
  };
  return {
    name: 'coulisses-library',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
      libraryDir = join(root, 'scripts-library');
      building = config.command === 'build';
    },
    async buildStart() {
      if (!building) return;
      const check = await checkNow();
      const errors = libraryErrors(check.findings, (await loadChecker()).formatFinding);
      if (errors) this.error(errors);
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
        const { documents } = await checkNow();
        const gated = (file: string): GatedLibraryDocument =>
          documents.get(file) ?? {
            ok: false,
            path: '$',
            message: missing(file),
            fix: missing(file),
          };
        if (id === RESOLVED_INDEX) {
          const files = libraryFiles(libraryDir);
          for (const file of files) this.addWatchFile(join(libraryDir, file));
          return libraryIndexSource(files, gated);
        }
        const file = `${id.slice(RESOLVED_DOCUMENT.length)}.json`;
        this.addWatchFile(join(libraryDir, file));
        return `export default ${JSON.stringify(gated(file))};\n`;
      },
    },
  };
}

const missing = (file: string) => ({
  fr: `Le fichier ${file} n’est plus dans la bibliothèque.`,
  en: `File ${file} is no longer in the library.`,
});
