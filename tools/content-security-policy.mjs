/**
 * The Content-Security-Policy of the served app. Every directive is the strict baseline; the app
 * needs no addition: scripts and styles are bundled files, i18n resources are bundled, IndexedDB
 * needs no network, and there is no font, analytics or API host.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "connect-src 'self'",
].join('; ');

/** Headers sent with every response of the production server. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
