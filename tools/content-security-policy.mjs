/**
 * The Content-Security-Policy of the served app. Every directive is the strict baseline; the app
 * needs no addition: scripts and styles are bundled files, i18n resources are bundled, IndexedDB
 * needs no network, and there is no font, analytics or API host. Forms never submit anywhere
 * (each one is handled in the page) and no other site may frame the app. The service worker and
 * the web app manifest come from this origin only (said outright, not left to default-src).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
].join('; ');

/**
 * Browser features: the microphone for dictation, on this origin only; every other powerful
 * feature off, so a flaw in the page could not turn them on.
 */
export const PERMISSIONS_POLICY = [
  'microphone=(self)',
  'camera=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'bluetooth=()',
  'hid=()',
  'midi=()',
  'display-capture=()',
  'screen-wake-lock=()',
  'accelerometer=()',
  'gyroscope=()',
  'magnetometer=()',
  'browsing-topics=()',
].join(', ');

/** Headers sent with every response of the production server. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Permissions-Policy': PERMISSIONS_POLICY,
  // No window the app did not open keeps a handle on it (plain 'same-origin' also cuts the
  // windows the app opens, which stalls the e2e accessibility checks), and no other site may
  // embed the app's files.
  'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
