// Item 7's third figure: with sync off, the rehearsal stage loads what it loaded before sync
// existed. A production build (in memory, dist/ untouched) is searched for the modules the stage
// and the shell load: none may come from PouchDB or the sync engine, which only the lazy
// sync-runtime chunk (loaded once an account is linked) may hold.
import { build, type Rolldown } from 'vite';
import type { BenchFigure } from '../../../tools/bench';
import { ROUTES } from '../../../tools/vite/route-report-plugin';

const STAGE = ROUTES.find((route) => route.path === '/repeter/seance/:sessionId');

/** PouchDB and its dependencies, and the engine that drives it (what sync-runtime.ts loads). */
const RUNTIME_PACKAGES = /[\\/]node_modules[\\/](pouchdb[^\\/]*|spark-md5|vuvuzela|uuid)[\\/]/u;
const RUNTIME_FILES =
  /[\\/]src[\\/]features[\\/]sync[\\/](sync-runtime|sync-engine|outbox|outbox-marks|sync-routes|sync-health)\.ts$/u;

/**
 * The settings form, the header's state and the inbox list are in the shell whether a server is
 * set or not (a few kB, no network): they are counted apart, and do not change with sync off.
 */
const isRuntime = (id: string) => RUNTIME_PACKAGES.test(id) || RUNTIME_FILES.test(id);
const isSyncUi = (id: string) => !isRuntime(id) && /[\\/]src[\\/]features[\\/]sync[\\/]/u.test(id);

export async function stageWithoutSync(): Promise<BenchFigure[]> {
  const result = await build({ logLevel: 'silent', build: { write: false } });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((output) =>
    output.output.flatMap((item) => (item.type === 'chunk' ? [item] : [])),
  );
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const stageChunk = chunks.find((chunk) => STAGE && chunk.facadeModuleId?.endsWith(STAGE.module));
  if (!stageChunk) throw new Error('sync bench: no chunk for the stage page');
  // What the browser loads to show the stage: the entries, the stage chunk and their static imports.
  const loaded = new Set<string>();
  const visit = (name: string) => {
    if (loaded.has(name)) return;
    loaded.add(name);
    byName.get(name)?.imports.forEach(visit);
  };
  chunks.filter((chunk) => chunk.isEntry).forEach((chunk) => visit(chunk.fileName));
  visit(stageChunk.fileName);
  const loadedModules = [...loaded].flatMap((name) => byName.get(name)?.moduleIds ?? []);
  const syncModules = loadedModules.filter(isRuntime);
  if (syncModules.length > 0) console.error('the stage loads sync runtime modules:', syncModules);
  const runtime = chunks.filter((chunk) => chunk.moduleIds.some(isRuntime));
  return [
    {
      label: 'PouchDB and sync-engine modules the stage loads with sync off',
      value: syncModules.length,
      unit: 'modules',
      target: 0,
    },
    {
      label: `  they live in ${runtime.length} lazy chunk(s): ${runtime.map((c) => c.fileName).join(', ')}`,
      value: runtime.reduce((total, chunk) => total + chunk.code.length, 0) / 1000,
      unit: 'kB (minified)',
    },
    {
      label: '  sync UI modules in the shell either way (settings form, header state, inbox list)',
      value: loadedModules.filter(isSyncUi).length,
      unit: 'modules',
    },
  ];
}
