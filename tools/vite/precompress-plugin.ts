import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(?:html|js|css|json|svg|txt|webmanifest)$/u;

// The « Content-Encoding: br » line an encoded answer carries: an encoding must save more.
export const HEADER_BYTES = 24;

/**
 * Writes `file.gz` and `file.br` beside a text file, each only where it saves more than the
 * header it needs: small chunks of a few hundred bytes still lose a third with brotli, while a
 * file of a few dozen bytes would not gain, and is served as it is.
 */
export function precompress(file: string): void {
  const source = readFileSync(file);
  const encoded: [string, Buffer][] = [
    ['gz', gzipSync(source, { level: 9 })],
    [
      'br',
      brotliCompressSync(source, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 10,
          [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
        },
      }),
    ],
  ];
  for (const [suffix, bytes] of encoded)
    if (bytes.length + HEADER_BYTES < source.length) writeFileSync(`${file}.${suffix}`, bytes);
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
