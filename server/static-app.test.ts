import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../scripts/precompress';
import { serveBuiltApp } from './static-app';
import { createTestApp, send, type TestApp } from './testing/test-app';

const script = `export const figures = [${Array.from({ length: 400 }, (_, i) => i).join(', ')}];\n`;
const page = `<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body>${'<p>Plan Tracker</p>'.repeat(80)}</body></html>`;

describe('the built app as served', () => {
  let t: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(path.join(tmpdir(), 'plan-tracker-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), page);
    writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), script);
    writeFileSync(path.join(dist, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
    await precompressDir(dist);
    t = await createTestApp();
    serveBuiltApp(t.app, dist);
  });
  afterAll(async () => {
    rmSync(dist, { recursive: true, force: true });
    await t.close();
  });

  const get = (url: string, headers: Record<string, string> = {}) => send(t.app, 'GET', url, { headers });

  it('sends a hashed asset brotli-compressed when the browser takes it, kept for a year', async () => {
    const response = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(script);
  });

  it('falls back to gzip, then to the plain file, saying it varies by encoding', async () => {
    const gzipped = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip' });
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzipped.arrayBuffer())).toString()).toBe(script);
    const plain = await get('/assets/index-abc123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(await plain.text()).toBe(script);
  });

  it('answers a missing asset with 404, not with the page, and does not let it be cached', async () => {
    const response = await get('/assets/index-old999.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).not.toMatch(/html/);
    expect(response.headers.get('cache-control') ?? '').not.toMatch(/immutable/);
  });

  it('has every screen’s URL revalidate the page, and answers 304 while it is unchanged', async () => {
    const first = await get('/actions?priority=wellness', { 'accept-encoding': 'br' });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^text\/html/);
    expect(first.headers.get('content-encoding')).toBe('br');
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const tag = first.headers.get('etag');
    expect(tag).toBeTruthy();
    const again = await get('/', { 'accept-encoding': 'br', 'if-none-match': tag ?? '' });
    expect(again.status).toBe(304);
    expect(await get('/', { 'if-none-match': tag ?? '' })).toHaveProperty('status', 200);
  });

  it('tells search engines to stay out', async () => {
    const response = await get('/robots.txt');
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toMatch(/^Disallow: \/$/m);
  });
});
