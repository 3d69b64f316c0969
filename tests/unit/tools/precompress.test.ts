import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../../tools/static-server.mjs';
import {
  precompress,
  precompressServiceWorkerPlugin,
} from '../../../tools/vite/precompress-plugin';

const dist = mkdtempSync(join(tmpdir(), 'coulisses-precompressed-'));
mkdirSync(join(dist, 'assets'));
const script = `export const lines = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `réplique ${i}`))};\n`;
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
// A small shared chunk, as the build splits out: a few hundred bytes that brotli still shrinks.
const small = `export const steps = ${JSON.stringify(['accueil', 'identification', 'reformulation', 'solution', 'récapitulatif', 'clôture'].map((step) => ({ step, label: `étape ${step}` })))};\n`;
writeFileSync(join(dist, 'assets', 'small.js'), small);
precompress(join(dist, 'assets', 'small.js'));
writeFileSync(join(dist, 'assets', 'app.js'), script);
precompress(join(dist, 'assets', 'app.js'));
precompress(join(dist, 'index.html'));
const server = createStaticServer(dist);
let port = 0;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The raw answer, not decoded (fetch would decode it silently). */
function raw(path: string, acceptEncoding: string) {
  return new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    get(
      { host: '127.0.0.1', port, path, headers: { 'accept-encoding': acceptEncoding } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      },
    ).on('error', reject);
  });
}

describe('precompressed build served by the production server', () => {
  it('sends brotli when accepted, else gzip, else the plain file, always with Vary', async () => {
    const br = await raw('/assets/app.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.length).toBeLessThan(script.length / 3);
    expect(brotliDecompressSync(br.body).toString()).toBe(script);

    const gzip = await raw('/assets/app.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(script);

    const plain = await raw('/assets/app.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    for (const answer of [br, gzip, plain]) {
      expect(answer.headers.vary).toBe('Accept-Encoding');
      expect(answer.headers['content-type']).toContain('text/javascript');
    }
  });

  it('leaves tiny files as they are: compressing them would cost more than it saves', async () => {
    const page = await raw('/', 'br');
    expect(page.headers['content-encoding']).toBeUndefined();
    expect(page.body.toString()).toContain('<title>app</title>');
  });

  it('compresses a small chunk (a few hundred bytes) when that saves more than its header', async () => {
    const br = await raw('/assets/small.js', 'br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body.length + 24).toBeLessThan(small.length);
    expect(brotliDecompressSync(br.body).toString()).toBe(small);
  });
});

describe('the service worker, written after the bundle', () => {
  it('is compressed with its workbox runtime, after vite-plugin-pwa wrote them', () => {
    const out = mkdtempSync(join(tmpdir(), 'coulisses-sw-'));
    for (const name of ['sw.js', 'workbox-5f3a9c1d.js', 'other.js'])
      writeFileSync(join(out, name), script);
    const plugin = precompressServiceWorkerPlugin();
    (plugin.configResolved as (config: unknown) => void)({ root: out, build: { outDir: '.' } });
    const closeBundle = plugin.closeBundle as {
      order: string;
      sequential: boolean;
      handler: () => void;
    };
    // After vite-plugin-pwa's own sequential closeBundle, which writes these files.
    expect(closeBundle).toMatchObject({ order: 'post', sequential: true });
    closeBundle.handler();
    for (const name of ['sw.js', 'workbox-5f3a9c1d.js'])
      expect([existsSync(join(out, `${name}.br`)), existsSync(join(out, `${name}.gz`))]).toEqual([
        true,
        true,
      ]);
    // The bundle's own files were compressed earlier, by precompressPlugin.
    expect(existsSync(join(out, 'other.js.br'))).toBe(false);
  });
});
