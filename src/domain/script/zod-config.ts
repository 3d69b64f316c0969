import { config } from 'zod';

// Zod probes `new Function` while building object schemas, to compile faster parsers. In the
// browser, under the app's Content-Security-Policy (no 'unsafe-eval'), the probe is blocked and
// reported as a violation even though Zod catches it. The studio parses in the browser, so every
// schema is built jitless; this module must run before any schema is declared.
config({ jitless: true });
