/// <reference types="vite-plugin-pwa/vanillajs" />

/** The package version, injected at build time by Vite's `define`. */
declare const __APP_VERSION__: string;
