import { config } from 'zod';

// Zod compiles fast validators with `new Function` when a schema is *built*; the app's CSP has
// no 'unsafe-eval', and even Zod's probe for it raises a CSP violation. This module must run
// before any schema module, so every rehearsal page imports it first. The interpreted path is
// fast enough for a few library documents.
config({ jitless: true });
