// The modules a module loads with it: every static import and re-export, followed through the
// app's sources, as the bundler follows them into the same chunk or a chunk loaded before it
// runs. Type-only imports are left out (erased); dynamic `import()` is left out (loaded later,
// on demand). With `verbatimModuleSyntax`, `import { type A } from 'x'` still loads 'x': only
// `import type` and `export type` are erased, as here.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '../../..');
const SRC = join(ROOT, 'src');
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

function resolveSpecifier(from: string, specifier: string): string | null {
  const base = specifier.startsWith('@/')
    ? join(SRC, specifier.slice(2))
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : null;
  if (base === null) return null;
  if (/\.(css|svg|json)$/.test(base)) return null;
  for (const extension of ['', ...EXTENSIONS]) {
    const file = base + extension;
    if (/\.tsx?$/.test(file) && existsSync(file)) return file;
  }
  throw new Error(`${relative(ROOT, from)}: cannot resolve ${specifier}`);
}

function staticSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      if (statement.importClause?.isTypeOnly) continue;
      found.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier) {
      if (statement.isTypeOnly) continue;
      found.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return found;
}

/**
 * Every module `entry` loads with it: app files as paths from the repository root, packages by
 * name (`xstate`, `@nlpjs/lang-fr`…), each mapped to the chain of imports that reached it.
 */
export function staticImportGraph(entry: string): Map<string, string[]> {
  const start = resolve(ROOT, entry);
  const reached = new Map<string, string[]>([[relative(ROOT, start), []]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    const chain = [...(reached.get(relative(ROOT, file)) ?? []), relative(ROOT, file)];
    for (const specifier of staticSpecifiers(file)) {
      const target = resolveSpecifier(file, specifier);
      const key = target ? relative(ROOT, target) : specifier;
      if (reached.has(key)) continue;
      reached.set(key, chain);
      if (target) queue.push(target);
    }
  }
  return reached;
}
