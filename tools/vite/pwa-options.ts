import type { VitePWAOptions } from 'vite-plugin-pwa';
import type { ManifestEntry } from './precache-plugin';

/** The app's colours (src/app/styles.css): curtain red for the title bar, stage cream behind. */
const THEME_COLOUR = '#7a1f2b';
const BACKGROUND_COLOUR = '#fbf7ef';

/** A month: hashed files never change, so this only bounds how long an old version's files stay. */
const ON_DEMAND_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * The web app manifest and the service worker (workbox generateSW). The app installs, starts
 * offline after one visit with what Répéter needs precached, and a new version waits until the
 * agent accepts it (registerType 'prompt'; src/app/pwa/register-service-worker.ts).
 */
export function pwaOptions(
  manifestTransform: (entries: ManifestEntry[]) => {
    manifest: ManifestEntry[];
    warnings: string[];
  },
): Partial<VitePWAOptions> {
  return {
    registerType: 'prompt',
    // src/app/pwa registers it from the bundle: no inline script, which the CSP forbids.
    injectRegister: false,
    manifest: {
      id: '/',
      name: 'Coulisses',
      short_name: 'Coulisses',
      description: "Répétez vos scripts d'appel face à un client simulé qui improvise.",
      lang: 'fr',
      dir: 'ltr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: THEME_COLOUR,
      background_color: BACKGROUND_COLOUR,
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        {
          src: '/icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    workbox: {
      // The icons come in through the manifest (includeManifestIcons), the rest by this pattern.
      globPatterns: ['**/*.{js,css,html,svg}'],
      manifestTransforms: [async (entries) => manifestTransform(entries as ManifestEntry[])],
      // Every address of the app opens offline: the router draws the page from index.html.
      navigateFallback: 'index.html',
      // A team's CouchDB may sit on the app's own origin (docs/sync.md); its pages are not ours.
      navigateFallbackDenylist: [/^\/couchdb(?:\/|$)/u],
      cleanupOutdatedCaches: true,
      runtimeCaching: [
        {
          // Atelier, Revue and the sync runtime, kept once visited (the names carry a hash).
          urlPattern: ({ sameOrigin, url }) => sameOrigin && url.pathname.startsWith('/assets/'),
          handler: 'CacheFirst',
          options: {
            cacheName: 'coulisses-on-demand',
            expiration: { maxEntries: 100, maxAgeSeconds: ON_DEMAND_MAX_AGE_SECONDS },
          },
        },
      ],
    },
  };
}
