// Atelier's JavaScript (production build in memory, gzip -9), and proof that it stays out of
// what an agent loads: the shell and the rehearsal stage.
import { gzipSync } from 'node:zlib';
import { build, type Plugin, type Rolldown } from 'vite';
import { HEAVIEST_CALL, ROUTES } from '../../../tools/vite/route-report-plugin';
import { routeReport, type BuiltChunk } from '../../../tools/vite/route-sizes';

const AUTHORING = '/src/features/authoring';
export const STUDIO_ROUTES = [
  { path: '/atelier', module: `${AUTHORING}/shelf/shelf-page.tsx` },
  { path: '/atelier/brouillon/:draftId', module: `${AUTHORING}/editor/editor-page.tsx` },
  // The map is lazy inside the editor (the list view does without React Flow and dagre).
  { path: 'map (React Flow, dagre)', module: `${AUTHORING}/graph/script-graph.tsx` },
];
const STAGE = '/repeter/seance/:sessionId';

/** Modules only the studio needs: any of them in an agent's chunks is a leak. */
const STUDIO_ONLY = [AUTHORING, '/node_modules/@xyflow/', '/node_modules/@dagrejs/'];

/** Atelier's addresses: the router in the shell must know them (a few constants, no code). */
const ROUTE_ADDRESSES = `${AUTHORING}/authoring-paths.ts`;

export interface StudioChunks {
  shellKb: number;
  stageKb: number;
  studio: { path: string; kb: number }[];
  /** Studio-only modules found in the shell's or the stage's chunks. */
  leakedModules: string[];
}

type Chunk = BuiltChunk & { moduleIds: string[]; dynamicImports: string[] };

/**
 * The call's engine runs in a worker of its own (its own bundle, an asset of the page's build),
 * no longer in the stage's chunks: it is counted with the stage, once, wherever it runs, so that
 * the stage's figure still holds the engine it held at 78d70d2 (then in the page) and a studio
 * module that crept into the worker would show. The move model it fetches is data, not counted
 * (nor was it when the page fetched it).
 */
const CALL_WORKER = /(^|\/)call\.worker-[\w-]+\.js$/;

function callWorkerBytes(outputs: Rolldown.RolldownOutput[]): number {
  const workers = outputs.flatMap((output) =>
    output.output.filter((item) => item.type === 'asset' && CALL_WORKER.test(item.fileName)),
  );
  if (workers.length !== 1) throw new Error(`studio bench: ${workers.length} call workers built`);
  const source = (workers[0] as Rolldown.OutputAsset).source;
  return gzipSync(source, { level: 9 }).length;
}

/** Atelier's pages as the router imports them: the only doors from the app into the studio. */
const STUDIO_PAGES = [
  `${AUTHORING}/shelf/shelf-page.tsx`,
  `${AUTHORING}/editor/editor-page.tsx`,
  `${AUTHORING}/cast/document-page.tsx`,
];

/**
 * The same app with Atelier's pages emptied: what the stage would be if the studio did not exist.
 * Comparing the stage of both builds of the same commit measures what the studio costs the stage
 * (shared modules, chunk boundaries), whatever else the stage gained from other work since.
 */
function withoutStudio(): Plugin {
  return {
    name: 'bench-without-studio',
    enforce: 'pre',
    load(id) {
      return STUDIO_PAGES.some((page) => id.endsWith(page)) ? 'export {};\n' : null;
    },
  };
}

/** The stage's own JavaScript (gzip, kB) in a build of the app without Atelier's pages. */
export async function stageKbWithoutStudio(): Promise<number> {
  const result = await build({
    logLevel: 'silent',
    build: { write: false },
    plugins: [withoutStudio()],
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((output) =>
    output.output.flatMap((item) => (item.type === 'chunk' ? [item as unknown as Chunk] : [])),
  );
  const report = routeReport(chunks, ROUTES, HEAVIEST_CALL);
  const stage = report.routes.find((route) => route.path === STAGE)?.ownBytes ?? NaN;
  return (stage + callWorkerBytes(outputs)) / 1000;
}

export async function measureChunks(): Promise<StudioChunks> {
  const result = await build({ logLevel: 'silent', build: { write: false } });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((output) =>
    output.output.flatMap((item) => (item.type === 'chunk' ? [item as unknown as Chunk] : [])),
  );
  const report = routeReport(chunks, [...ROUTES, ...STUDIO_ROUTES], HEAVIEST_CALL);
  const kb = (path: string) =>
    (report.routes.find((route) => route.path === path)?.ownBytes ?? NaN) / 1000;
  // The shell and the stage's static closure: what an agent loads on the stage.
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const agentChunks = new Set<string>();
  const visit = (name: string) => {
    if (agentChunks.has(name)) return;
    agentChunks.add(name);
    byName.get(name)?.imports.forEach(visit);
  };
  const stageModule = ROUTES.find((route) => route.path === STAGE)?.module ?? '';
  chunks
    .filter((chunk) => chunk.isEntry || chunk.facadeModuleId?.endsWith(stageModule))
    .forEach((chunk) => visit(chunk.fileName));
  const leakedModules = [...agentChunks].flatMap((name) =>
    (byName.get(name)?.moduleIds ?? []).filter(
      (id) => STUDIO_ONLY.some((part) => id.includes(part)) && !id.endsWith(ROUTE_ADDRESSES),
    ),
  );
  return {
    shellKb: report.shellBytes / 1000,
    stageKb: kb(STAGE) + callWorkerBytes(outputs) / 1000,
    studio: STUDIO_ROUTES.map((route) => ({ path: route.path, kb: kb(route.path) })),
    leakedModules,
  };
}
