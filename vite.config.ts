import { readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { libraryPlugin } from './tools/vite/library-plugin';
import { moveModelPlugin } from './tools/vite/move-model-plugin';
import { nlpjsCorePlugin } from './tools/vite/nlpjs-core-plugin';
import { precachePlugin } from './tools/vite/precache-plugin';
import { precompressPlugin, precompressServiceWorkerPlugin } from './tools/vite/precompress-plugin';
import { pwaOptions } from './tools/vite/pwa-options';
import { routeReportPlugin } from './tools/vite/route-report-plugin';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

const REACT_ROUTER_PRODUCTION = './node_modules/react-router/dist/production/index.mjs';

export default defineConfig(({ command }) => {
  const precache = precachePlugin();
  return {
    define: { __APP_VERSION__: JSON.stringify(version) },
    plugins: [
      react(),
      libraryPlugin(),
      moveModelPlugin(),
      nlpjsCorePlugin(),
      routeReportPlugin(),
      precompressPlugin(),
      precache.plugin,
      VitePWA(pwaOptions(precache.manifestTransform)),
      precompressServiceWorkerPlugin(),
    ],
    resolve: {
      alias: {
        '@': fileURLToPath(new URL('./src', import.meta.url)),
        // React Router's package exports point every condition at its development build (checks
        // and warnings included); the production build ships beside it.
        ...(command === 'build'
          ? { 'react-router': fileURLToPath(new URL(REACT_ROUTER_PRODUCTION, import.meta.url)) }
          : {}),
      },
    },
    // Workers are bundled apart from the page, with their own plugins: the call's worker fetches
    // the move model itself (a chunk of its own, the virtual module) and runs the same @nlpjs
    // shim as the page. ES modules, so that chunk is split off and loaded on demand.
    worker: {
      format: 'es',
      plugins: () => [moveModelPlugin(), nlpjsCorePlugin()],
    },
    build: {
      // No source maps in production: the served app does not hand out its sources (issue 14).
      sourcemap: false,
      target: 'es2022',
    },
    server: { host: '127.0.0.1' },
  };
});
