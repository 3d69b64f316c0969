import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(?:html|js|css|json|svg|txt)$/u;
// Below this, the headers cost more than compression saves.
const MIN_BYTES = 1024;

/** Writes `file.gz` and `file.br` beside every text file worth compressing. */
export function precompress(file: string): void {
  const source = readFileSync(file);
  if (source.length < MIN_BYTES) return;
  writeFileSync(`${file}.gz`, gzipSync(source, { level: 9 }));
  writeFileSync(
    `${file}.br`,
    brotliCompressSync(source, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 10,
        [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
      },
    }),
  );
}

/**
 * Compresses the build once, at build time, so tools/static-server.mjs serves gzip or brotli with
 * no work per request (a weak PC on a thin network receives a third of the bytes).
 */
export function precompressPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'coulisses-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    writeBundle(_options, bundle) {
      for (const name of Object.keys(bundle)) {
        const file = join(outDir, name);
        if (COMPRESSIBLE.test(name) && existsSync(file)) precompress(file);
      }
    },
  };
}

/** The service worker's files, which vite-plugin-pwa writes after the bundle. */
const SERVICE_WORKER_FILES = /^(?:sw|workbox-[\w-]+)\.js$/u;

/**
 * Compresses the service worker and its workbox runtime too. They are written after the bundle
 * (in vite-plugin-pwa's sequential closeBundle), so this runs after it: place it after VitePWA.
 */
export function precompressServiceWorkerPlugin(): Plugin {
  let outDir = '';
  return {
    name: 'coulisses-precompress-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        for (const name of readdirSync(outDir))
          if (SERVICE_WORKER_FILES.test(name)) precompress(join(outDir, name));
      },
    },
  };
}
