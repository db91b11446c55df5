/** The gateway serves the built console at /console (issue 16): files, SPA fallback, caching and the CSP. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_CSP } from '../src/console/console-headers.js';
import { startTestGateway, type TestGateway } from './support/test-gateway.js';

const INDEX =
  '<!doctype html><html><head><script type="module" src="/console/assets/app-3f2a1b.js"></script></head><body><div id="root"></div></body></html>';
const SCRIPT = 'console.log("console");';

describe('the console at /console', () => {
  let t: TestGateway;
  let dir: string;
  let get: (path: string, init?: RequestInit) => Promise<Response>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'iamgate-console-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), INDEX);
    await writeFile(join(dir, 'assets', 'app-3f2a1b.js'), SCRIPT);
    await writeFile(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    // A file beside the console's folder that no path may reach.
    await writeFile(join(dir, '..', `${dir.split('/').at(-1)}-secret.txt`), 'secret');
    t = await startTestGateway('pglite', { IAMGATE_CONSOLE_DIR: dir });
    get = (path, init) => t.gateway.fetch(new Request(`http://localhost${path}`, init));
  });
  afterAll(async () => {
    await t?.cleanup();
    await rm(dir, { recursive: true, force: true });
    await rm(`${dir}-secret.txt`, { force: true });
  });

  it('answers index.html at /console/ with a strict Content-Security-Policy, revalidated on every use', async () => {
    const response = await get('/console/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(INDEX);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toBe(CONSOLE_CSP);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(csp.split('; ')).toContain(directive);
    }
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('redirects /console to /console/, keeping the query', async () => {
    const response = await get('/console?next=%2Fusers');
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe('/console/?next=%2Fusers');
  });

  it("answers index.html for the console's own routes (SPA fallback)", async () => {
    for (const path of [
      '/console/users',
      '/console/users/john.doe',
      '/console/policies/arn%3Aiamgate%3Aiam%3A%3A1%3Apolicy%2Fp',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toBe(INDEX);
      expect(response.headers.get('content-security-policy'), path).toBe(CONSOLE_CSP);
    }
  });

  it('serves hashed assets with a year of immutable caching, and other files revalidated', async () => {
    const asset = await get('/console/assets/app-3f2a1b.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toBe(SCRIPT);
    const icon = await get('/console/favicon.svg');
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(icon.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 304 to a request that holds the current ETag', async () => {
    const first = await get('/console/assets/app-3f2a1b.js');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"[0-9a-f]+-[0-9a-f]+"$/);
    const again = await get('/console/assets/app-3f2a1b.js', { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('answers 404, not the page, for a missing asset', async () => {
    for (const path of ['/console/assets/app-000000.js', '/console/assets/new-route', '/console/assets/']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toBe('text/plain; charset=utf-8');
    }
  });

  it('never serves a file outside its folder', async () => {
    const name = `${dir.split('/').at(-1)}-secret.txt`;
    for (const path of [
      `/console/%2e%2e/${name}`,
      `/console/..%2f${name}`,
      `/console/assets/..%2F..%2F${name}`,
      `/console/assets%5c..%5c..%5c${name}`,
      '/console/.env',
    ]) {
      const response = await get(path);
      const body = await response.text();
      expect(body, path).not.toContain('secret');
      // The console's page (a route it does not know) or 404 (the URL parser resolves `%2e%2e` itself): never the file.
      if (response.status === 200) expect(body, path).toBe(INDEX);
      else expect(response.status, path).toBe(404);
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('/console/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(INDEX.length));
    expect(await head.text()).toBe('');
    const post = await get('/console/', { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('says how to build the console when its folder has no build', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'iamgate-console-empty-'));
    try {
      const { gateway } = await t.variant({ IAMGATE_CONSOLE_DIR: empty });
      const response = await gateway.fetch(new Request('http://localhost/console/users'));
      expect(response.status).toBe(404);
      expect(await response.text()).toContain('pnpm --filter @iamgate/console build');
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('is not served with IAMGATE_CONSOLE=false', async () => {
    const { gateway } = await t.variant({ IAMGATE_CONSOLE: 'false', IAMGATE_CONSOLE_DIR: dir });
    const response = await gateway.fetch(new Request('http://localhost/console/'));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBeNull();
  });
});
