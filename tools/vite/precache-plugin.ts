import type { Logger, Plugin } from 'vite';

/** What the precache selection needs of a built chunk (a subset of Rolldown's output chunk). */
export interface PrecacheChunk {
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  dynamicImports: string[];
  /** CSS and assets the chunk pulls in (Vite's metadata), left out with it when it is left out. */
  viteMetadata?: { importedCss: Set<string>; importedAssets: Set<string> };
}

/** One file the service worker would precache (workbox-build's manifest entry). */
export interface ManifestEntry {
  url: string;
  size: number;
  revision: string | null;
}

/**
 * Areas loaded on demand that the service worker does not download ahead (issue 15: an agent who
 * never opens Atelier downloads none of it). Atelier and Revue are for trainers and team leads;
 * the sync runtime only runs with a team server, so never offline. They are cached when visited.
 */
export const ON_DEMAND_AREAS = [
  '/src/features/authoring/',
  '/src/features/review/',
  '/src/features/sync/sync-runtime',
];

/** The CSS and assets a chunk brings in with it. */
const brought = (chunk: PrecacheChunk) => [
  ...(chunk.viteMetadata?.importedCss ?? []),
  ...(chunk.viteMetadata?.importedAssets ?? []),
];

const onDemand = (chunk: PrecacheChunk | undefined) =>
  ON_DEMAND_AREAS.some((area) => chunk?.facadeModuleId?.includes(area) ?? false);

/**
 * The built files only the on-demand areas need: every chunk the entry reaches (statically or
 * through `import()`) without entering one of those areas is needed for Répéter — the shell, its
 * pages, the library documents and the move models — and everything else is left out.
 */
export function onDemandFiles(chunks: PrecacheChunk[]): Set<string> {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const needed = new Set<string>();
  const visit = (name: string) => {
    const chunk = byName.get(name);
    if (needed.has(name) || !chunk || onDemand(chunk)) return;
    needed.add(name);
    for (const file of brought(chunk)) needed.add(file);
    chunk.imports.forEach(visit);
    chunk.dynamicImports.forEach(visit);
  };
  chunks.filter((chunk) => chunk.isEntry).forEach((chunk) => visit(chunk.fileName));
  const left = new Set<string>();
  for (const chunk of chunks) {
    if (needed.has(chunk.fileName)) continue;
    left.add(chunk.fileName);
    for (const file of brought(chunk)) if (!needed.has(file)) left.add(file);
  }
  return left;
}

export interface PrecacheFigures {
  count: number;
  bytes: number;
  leftCount: number;
  leftBytes: number;
}

/**
 * Chooses what the service worker precaches: vite-plugin-pwa's workbox `manifestTransforms`
 * drops the on-demand files this plugin found in the bundle, and the figures are printed after
 * the build. The service worker is generated after the bundle is written, so the set is ready.
 */
export function precachePlugin(onFigures?: (figures: PrecacheFigures) => void) {
  let left = new Set<string>();
  let logger: Logger | null = null;
  const plugin: Plugin = {
    name: 'coulisses-precache',
    apply: 'build',
    configResolved(config) {
      logger = config.logger;
    },
    generateBundle(_options, bundle) {
      left = onDemandFiles(
        Object.values(bundle).flatMap((output) =>
          output.type === 'chunk' ? [output as unknown as PrecacheChunk] : [],
        ),
      );
    },
  };
  const manifestTransform = (entries: ManifestEntry[]) => {
    const manifest = entries.filter((entry) => !left.has(entry.url));
    const dropped = entries.filter((entry) => left.has(entry.url));
    const sum = (list: ManifestEntry[]) => list.reduce((total, entry) => total + entry.size, 0);
    const figures = {
      count: manifest.length,
      bytes: sum(manifest),
      leftCount: dropped.length,
      leftBytes: sum(dropped),
    };
    onFigures?.(figures);
    logger?.info(
      `Service worker precache, built files: ${figures.count} files, ${figures.bytes} bytes ` +
        `(uncompressed; the manifest and its icons come on top); left to load on demand ` +
        `(Atelier, Revue, sync): ${figures.leftCount} files, ${figures.leftBytes} bytes.`,
    );
    return { manifest, warnings: [] };
  };
  return { plugin, manifestTransform };
}
