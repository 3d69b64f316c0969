// `npm run scripts:check -- [files or folders]` — validates scripts, brand guides and personas
// (default: the whole scripts-library/). `--paths FILE` prints one shortest path per outcome;
// `--write-schemas` regenerates scripts-library/schemas. A thin wrapper over src/domain/script.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import { gateDocument, tooLarge, type GatedDocument } from '../src/domain/script/document-gate';
import { validateDocument } from '../src/domain/script/document-validator';
import type { Finding } from '../src/domain/script/finding.types';
import { formatFinding } from '../src/domain/script/format-finding';
import { generateJsonSchemas } from '../src/domain/script/json-schemas';
import { DEFAULT_JSON_TEXT_LIMITS } from '../src/domain/script/json-text-limits';
import { makeFinding } from '../src/domain/script/make-finding';
import type { LibraryContext } from '../src/domain/script/rules-content';
import { checkDuplicateDocuments } from '../src/domain/script/rules-library';
import { exploreOutcomePaths, formatOutcomePath } from '../src/domain/script/script-paths';

export interface CliOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleOutput: CliOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** The library folder, resolved from this file so the CLI works from any directory. */
export const LIBRARY_DIR = resolve(fileURLToPath(new URL('../scripts-library', import.meta.url)));

type Lang = 'fr' | 'en';
type Loaded = { file: string; gated: GatedDocument | null; findings: Finding[] };

function listJsonFiles(target: string): string[] {
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target, { withFileTypes: true })
    .filter((entry) => !(entry.isDirectory() && entry.name === 'schemas'))
    .flatMap((entry) =>
      entry.isDirectory()
        ? listJsonFiles(join(target, entry.name))
        : entry.name.endsWith('.json')
          ? [join(target, entry.name)]
          : [],
    )
    .sort();
}

function fileFailure(rule: 'unreadable-file' | 'internal-error', detail: string): Finding {
  return makeFinding(rule, '$', {
    fr: `${rule === 'unreadable-file' ? 'Fichier illisible' : 'Erreur interne'} : ${detail}`,
    en: `${rule === 'unreadable-file' ? 'Unreadable file' : 'Internal error'}: ${detail}`,
  });
}

const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Reads one file through the gate; never throws. */
export function loadFile(file: string): Loaded {
  try {
    const { size } = statSync(file);
    // Refused on its byte size before reading, so a 50 MB file is never loaded into memory.
    if (size > DEFAULT_JSON_TEXT_LIMITS.maxBytes) {
      return { file, gated: null, findings: [tooLarge(size, DEFAULT_JSON_TEXT_LIMITS.maxBytes)] };
    }
    const result = gateDocument(readFileSync(file, 'utf8'));
    return result.ok
      ? { file, gated: result.value, findings: [] }
      : { file, gated: null, findings: result.findings };
  } catch (error) {
    return { file, gated: null, findings: [fileFailure('unreadable-file', describeError(error))] };
  }
}

function libraryFiles(): string[] {
  try {
    return listJsonFiles(LIBRARY_DIR);
  } catch {
    return []; // No library folder next to the tool: only the checked files are known.
  }
}

function libraryContext(loaded: readonly Loaded[]): LibraryContext {
  const brands = new Map();
  const personas = new Map();
  for (const { gated } of loaded) {
    if (gated?.kind === 'brand-guide') brands.set(gated.document.id, gated.document);
    if (gated?.kind === 'persona') personas.set(gated.document.id, gated.document);
  }
  return { brands, personas };
}

function displayName(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}

function checkFiles(targets: string[], lang: Lang, io: CliOutput): number {
  const files: string[] = [];
  const loaded: Loaded[] = [];
  for (const target of targets) {
    try {
      files.push(...listJsonFiles(target));
    } catch (error) {
      loaded.push({
        file: target,
        gated: null,
        findings: [fileFailure('unreadable-file', describeError(error))],
      });
    }
  }
  loaded.push(...files.map(loadFile));
  // References resolve against the checked files plus the library, so one script can be checked alone.
  const checked = new Set(files.map((file) => resolve(file)));
  const extra = libraryFiles().filter((file) => !checked.has(resolve(file)));
  const library = libraryContext([...loaded, ...extra.map(loadFile)]);
  const duplicates = checkDuplicateDocuments(
    loaded.flatMap(({ file, gated }) => (gated ? [{ file, document: gated }] : [])),
  );
  let errors = 0;
  let warnings = 0;
  for (const item of loaded) {
    let findings = item.findings;
    if (item.gated) {
      try {
        findings = [
          ...(duplicates.get(item.file) ?? []),
          ...validateDocument(item.gated, { library }),
        ];
      } catch (error) {
        findings = [fileFailure('internal-error', describeError(error))];
      }
    }
    const shown = displayName(item.file);
    for (const finding of findings) {
      io.err(formatFinding(shown, finding, lang));
      if (finding.severity === 'error') errors += 1;
      else warnings += 1;
    }
  }
  io.out(
    `scripts:check: ${loaded.length} file(s) checked, ${errors} error(s), ${warnings} warning(s) — ${errors > 0 ? 'FAILED' : 'OK'}`,
  );
  return errors > 0 ? 1 : 0;
}

function printPaths(file: string, lang: Lang, io: CliOutput): number {
  const item = loadFile(file);
  // Paths need a sound call graph, not a resolvable brand: library references are not checked.
  const findings = item.gated ? validateDocument(item.gated) : item.findings;
  const errors = findings.filter((f) => f.severity === 'error');
  for (const finding of errors) io.err(formatFinding(file, finding, lang));
  if (errors.length > 0 || item.gated?.kind !== 'script') {
    if (item.gated && item.gated.kind !== 'script')
      io.err(`${file}: $: error unknown-kind: --paths needs a script`);
    return 1;
  }
  const script = item.gated.document;
  const { paths, complete, transitions } = exploreOutcomePaths(script);
  for (const path of paths) {
    for (const line of formatOutcomePath(script, path)) io.out(line);
  }
  // A huge state space ends the listing with where it stopped, never with a crash.
  if (!complete) {
    io.out(
      lang === 'fr'
        ? `${transitions} chemins, arrêt à la limite : les issues non listées n’ont pas été atteintes dans la limite.`
        : `${transitions} paths, stopped at the limit: outcomes not listed were not reached within it.`,
    );
  }
  return 0;
}

async function writeSchemas(io: CliOutput): Promise<number> {
  for (const [file, text] of Object.entries(generateJsonSchemas())) {
    const target = join(LIBRARY_DIR, 'schemas', file);
    writeFileSync(target, await format(text, { parser: 'json', printWidth: 100 }));
    io.out(`wrote ${relative(process.cwd(), target)}`);
  }
  return 0;
}

/** Runs the CLI with the given arguments; returns the exit code. Never throws on bad input. */
export async function main(
  args: readonly string[],
  io: CliOutput = consoleOutput,
): Promise<number> {
  const lang: Lang = args.includes('--lang=en') ? 'en' : 'fr';
  const rest = args.filter((arg) => !arg.startsWith('--lang='));
  try {
    if (rest.includes('--write-schemas')) return await writeSchemas(io);
    const pathsAt = rest.indexOf('--paths');
    if (pathsAt >= 0) {
      const file = rest[pathsAt + 1];
      if (!file) {
        io.err('scripts:check: --paths needs a script file');
        return 2;
      }
      return printPaths(file, lang, io);
    }
    return checkFiles(rest.length > 0 ? [...rest] : [LIBRARY_DIR], lang, io);
  } catch (error) {
    io.err(`scripts:check: internal error: ${describeError(error)}`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
