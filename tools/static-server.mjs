// A small static server for the production build: security headers on every response, and the
// single-page fallback (unknown paths get index.html so the router can show its 404 page).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { SECURITY_HEADERS } from './content-security-policy.mjs';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

function resolveFile(distDir, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const candidate = normalize(join(distDir, decoded));
  // Refuse anything that escapes dist/ (../ tricks).
  if (candidate !== distDir && !candidate.startsWith(distDir + sep)) return null;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return undefined;
}

// Precompressed at build (tools/vite/precompress-plugin.ts): brotli first, then gzip.
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
];

/** The file to send for what the client accepts: a precompressed sibling when there is one. */
function encodedFile(file, acceptEncoding) {
  const accepted = acceptEncoding.split(',').map((part) => part.trim().split(';')[0]);
  for (const encoding of ENCODINGS) {
    if (accepted.includes(encoding.name) && existsSync(file + encoding.suffix))
      return { path: file + encoding.suffix, encoding: encoding.name };
  }
  return { path: file, encoding: null };
}

/** Creates (does not start) an HTTP server for `distDir`. */
export function createStaticServer(distDir) {
  return createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD' }).end();
      return;
    }
    const found = resolveFile(distDir, request.url ?? '/');
    if (found === null) {
      response.writeHead(400, SECURITY_HEADERS).end('Bad request');
      return;
    }
    const isAsset = (request.url ?? '').startsWith('/assets/');
    // Source maps are never served, even if a build left one behind (issue 14).
    if ((found === undefined && isAsset) || found?.endsWith('.map')) {
      response.writeHead(404, SECURITY_HEADERS).end('Not found');
      return;
    }
    const file = found ?? join(distDir, 'index.html');
    const sent = encodedFile(file, request.headers['accept-encoding'] ?? '');
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      // Hashed assets never change; the HTML, the manifest and the service worker (sw.js) must
      // always be revalidated, so a new build is found and offered.
      'Cache-Control': isAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
      // Caches must keep the compressed and plain answers apart.
      Vary: 'Accept-Encoding',
      ...(sent.encoding ? { 'Content-Encoding': sent.encoding } : {}),
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(sent.path).pipe(response);
  });
}
