import { readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { libraryPlugin } from './tools/vite/library-plugin';
import { moveModelPlugin } from './tools/vite/move-model-plugin';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(version) },
  // No service worker is built for the tests: the PWA plugin, disabled, only resolves
  // `virtual:pwa-register` (to a no-op) so the modules that import it load and can be mocked.
  plugins: [react(), libraryPlugin(), moveModelPlugin(), VitePWA({ disable: true })],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    // The JSON report feeds the pass/fail line that .ci/run prints.
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          // Whole pages render with the real engine, library and axe: seconds on a busy 2-core machine.
          testTimeout: 30_000,
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          // Team sync against a pouchdb-server each file starts (and real CouchDB with COUCH_URL).
          name: 'sync',
          environment: 'node',
          include: ['tests/sync/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
