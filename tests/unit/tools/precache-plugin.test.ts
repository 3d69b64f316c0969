import { describe, expect, it } from 'vitest';
import {
  onDemandFiles,
  precachePlugin,
  type ManifestEntry,
  type PrecacheChunk,
} from '../../../tools/vite/precache-plugin';

const chunk = (
  fileName: string,
  facade: string | null,
  links: Partial<Pick<PrecacheChunk, 'imports' | 'dynamicImports' | 'isEntry'>> = {},
  css: string[] = [],
): PrecacheChunk => ({
  fileName,
  facadeModuleId: facade && `/repo${facade}`,
  isEntry: links.isEntry ?? false,
  imports: links.imports ?? [],
  dynamicImports: links.dynamicImports ?? [],
  viteMetadata: { importedCss: new Set(css), importedAssets: new Set() },
});

// A bundle shaped like the app's: the shell, Répéter's lazy pages and data, Atelier and Revue.
const BUNDLE = [
  chunk('assets/index.js', '/src/app/main.tsx', {
    isEntry: true,
    imports: ['assets/shared.js'],
    dynamicImports: [
      'assets/stage-page.js',
      'assets/shelf-page.js',
      'assets/review-area.js',
      'assets/sync-runtime.js',
    ],
  }),
  chunk('assets/shared.js', null),
  chunk(
    'assets/stage-page.js',
    '/src/features/rehearsal/stage/stage-page.tsx',
    { imports: ['assets/shared.js', 'assets/graph.js'], dynamicImports: ['assets/model-fr.js'] },
    ['assets/rehearsal.css'],
  ),
  chunk('assets/model-fr.js', '\0coulisses-move-model:fr'),
  // Used by the stage and by Atelier: needed offline for the stage.
  chunk('assets/graph.js', null),
  chunk(
    'assets/shelf-page.js',
    '/src/features/authoring/shelf/shelf-page.tsx',
    { imports: ['assets/shared.js', 'assets/graph.js', 'assets/xyflow.js'] },
    ['assets/authoring.css', 'assets/rehearsal.css'],
  ),
  // Only Atelier reaches it: left out with Atelier.
  chunk('assets/xyflow.js', null),
  chunk('assets/review-area.js', '/src/features/review/review-area.tsx'),
  chunk('assets/sync-runtime.js', '/src/features/sync/sync-runtime.ts'),
];

describe('what the service worker precaches (issue 14 item 7, issue 15)', () => {
  it('leaves out Atelier, Revue, the sync runtime and what only they use', () => {
    expect([...onDemandFiles(BUNDLE)].sort()).toEqual([
      'assets/authoring.css',
      'assets/review-area.js',
      'assets/shelf-page.js',
      'assets/sync-runtime.js',
      'assets/xyflow.js',
    ]);
  });

  it('drops those files from the manifest and counts both sides', async () => {
    const seen: unknown[] = [];
    const { plugin, manifestTransform } = precachePlugin((figures) => seen.push(figures));
    const bundle = Object.fromEntries(
      BUNDLE.map((item) => [item.fileName, { type: 'chunk', ...item }]),
    );
    const generate = plugin.generateBundle as (options: unknown, bundle: unknown) => void;
    generate.call({}, {}, bundle);
    const entries: ManifestEntry[] = [
      { url: 'index.html', size: 1000, revision: 'a' },
      { url: 'assets/index.js', size: 500, revision: null },
      { url: 'assets/stage-page.js', size: 300, revision: null },
      { url: 'assets/shelf-page.js', size: 200, revision: null },
      { url: 'assets/xyflow.js', size: 50, revision: null },
    ];
    const { manifest } = manifestTransform(entries);
    expect(manifest.map((entry) => entry.url)).toEqual([
      'index.html',
      'assets/index.js',
      'assets/stage-page.js',
    ]);
    expect(seen).toEqual([{ count: 3, bytes: 1800, leftCount: 2, leftBytes: 250 }]);
  });
});
