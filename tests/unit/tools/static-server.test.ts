import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../tools/content-security-policy.mjs';
import { createStaticServer } from '../../../tools/static-server.mjs';

const dist = mkdtempSync(join(tmpdir(), 'coulisses-dist-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(dist, 'assets', 'app.js.map'), '{"version":3}');
writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {})');
writeFileSync(join(dist, 'manifest.webmanifest'), '{"name":"Coulisses"}');
const server = createStaticServer(dist);
let base = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('production static server', () => {
  it('sends the strict Content-Security-Policy on every response', async () => {
    for (const path of ['/', '/repeter', '/assets/app.js', '/assets/missing.js']) {
      const response = await fetch(base + path);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });

  it('sends the browser-hardening headers on every response (issue 14)', async () => {
    for (const path of ['/', '/repeter', '/assets/app.js', '/assets/missing.js']) {
      const headers = (await fetch(base + path)).headers;
      const policy = headers.get('content-security-policy') ?? '';
      expect(policy).toContain("form-action 'none'");
      expect(policy).toContain("frame-ancestors 'none'");
      const permissions = headers.get('permissions-policy') ?? '';
      expect(permissions).toContain('microphone=(self)');
      for (const feature of ['camera', 'geolocation', 'payment', 'usb'])
        expect(permissions).toContain(`${feature}=()`);
      expect(headers.get('cross-origin-opener-policy')).toBe('same-origin-allow-popups');
      expect(headers.get('cross-origin-resource-policy')).toBe('same-origin');
      expect(headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('lets the service worker and the manifest come from this origin only (issue 14)', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("worker-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("manifest-src 'self'");
  });

  it('serves the service worker and the manifest fresh, with their types and the headers', async () => {
    const worker = await fetch(`${base}/sw.js`);
    expect(worker.status).toBe(200);
    expect(worker.headers.get('content-type')).toContain('text/javascript');
    // A cached sw.js would hide a new version from the browser's update check.
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    expect(worker.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const manifest = await fetch(`${base}/manifest.webmanifest`);
    expect(manifest.status).toBe(200);
    expect(manifest.headers.get('content-type')).toContain('application/manifest+json');
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
    expect(await manifest.json()).toEqual({ name: 'Coulisses' });
  });

  it('never serves a source map, even one left in the build folder', async () => {
    expect((await fetch(`${base}/assets/app.js.map`)).status).toBe(404);
  });

  it('serves index.html for app routes so the router can answer, 404 for missing assets', async () => {
    const page = await fetch(`${base}/une/adresse/inconnue`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>app</title>');
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    const asset = await fetch(`${base}/assets/app.js`);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
  });

  it('never serves files outside the build folder', async () => {
    const response = await fetch(`${base}/..%2f..%2fetc%2fpasswd`);
    expect(response.status).toBe(400);
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await fetch(base, { method: 'POST' })).status).toBe(405);
  });
});
