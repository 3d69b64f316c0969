import { gzipSync } from 'node:zlib';

/** What the route report needs of a built chunk (a subset of Rollup's and Rolldown's chunk). */
export interface BuiltChunk {
  fileName: string;
  code: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
}

/** A page of the app: its address and the module its lazy route imports. */
export interface RouteSpec {
  path: string;
  module: string;
}

/**
 * Data a route fetches at run time (corpus, library documents), chosen by a part of module id:
 * the largest matching chunk of each group, or all of them, for a worst case.
 */
export interface DataSpec {
  label: string;
  groups: { idPart: string; take: 'largest' | 'all' }[];
}

export interface RouteSize {
  path: string;
  /** Gzip bytes of the route's own chunks, on top of the shell. */
  ownBytes: number;
}

export interface RouteReport {
  shellBytes: number;
  routes: RouteSize[];
  /** The stage as a French call opens it cold: route chunks plus the call's data. */
  stageCall: { label: string; dataBytes: number; beyondShellBytes: number; totalBytes: number };
}

const gzipSize = (code: string) => gzipSync(code, { level: 9 }).length;

/** A chunk and every chunk it imports statically (what the browser must load with it). */
function closure(start: string[], byName: ReadonlyMap<string, BuiltChunk>): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    byName.get(name)?.imports.forEach(visit);
  };
  start.forEach(visit);
  return seen;
}

const chunkOf = (chunks: BuiltChunk[], module: string) =>
  chunks.find((chunk) => chunk.facadeModuleId?.endsWith(module));

/** Gzip sizes per route: the shell every page loads, each route's own chunks, the stage's call. */
export function routeReport(
  chunks: BuiltChunk[],
  routes: RouteSpec[],
  stage: { path: string; data: DataSpec },
): RouteReport {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const sizes = new Map(chunks.map((chunk) => [chunk.fileName, gzipSize(chunk.code)]));
  const sum = (names: Iterable<string>) =>
    [...names].reduce((total, name) => total + (sizes.get(name) ?? 0), 0);
  const shell = closure(
    chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName),
    byName,
  );
  const ownChunks = (names: string[]) =>
    [...closure(names, byName)].filter((name) => !shell.has(name));
  const routeChunks = new Map<string, string[]>();
  for (const route of routes) {
    const chunk = chunkOf(chunks, route.module);
    if (!chunk) throw new Error(`route-sizes: no chunk for ${route.module} (${route.path}).`);
    routeChunks.set(route.path, ownChunks([chunk.fileName]));
  }
  const dataNames = stage.data.groups.flatMap(({ idPart, take }) => {
    const matching = chunks
      .filter((chunk) => chunk.facadeModuleId?.includes(idPart))
      .map((chunk) => chunk.fileName)
      .sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0));
    if (matching.length === 0)
      throw new Error(`route-sizes: no chunk from a module like ${idPart}.`);
    return take === 'all' ? matching : matching.slice(0, 1);
  });
  const stageOwn = routeChunks.get(stage.path) ?? [];
  const beyondShell = new Set([...stageOwn, ...ownChunks(dataNames)]);
  const shellBytes = sum(shell);
  return {
    shellBytes,
    routes: routes.map((route) => ({
      path: route.path,
      ownBytes: sum(routeChunks.get(route.path) ?? []),
    })),
    stageCall: {
      label: stage.data.label,
      dataBytes: sum(beyondShell) - sum(stageOwn),
      beyondShellBytes: sum(beyondShell),
      totalBytes: shellBytes + sum(beyondShell),
    },
  };
}
