import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, send, signIn, type TestApp } from '../testing/test-app';
import { acceptsEncoding, pageEncoding } from './compression';

describe('API answers on the wire', () => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp();
    cookie = await signIn(t.app, 'board');
  });
  afterAll(() => t.close());

  const gzipAccepted = { 'accept-encoding': 'gzip, deflate, br' };

  it('gzips a large JSON answer for a browser that takes gzip', async () => {
    const response = await send(t.app, 'GET', '/api/plan', { cookie, headers: gzipAccepted });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
    const body = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get('content-length')).toBe(String(body.byteLength));
    const plan = JSON.parse(gunzipSync(body).toString()) as { priorities: unknown[] };
    expect(plan.priorities).toHaveLength(6);
  });

  it('sends a small answer as it is', async () => {
    const response = await send(t.app, 'GET', '/api/health', { headers: gzipAccepted });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.json()).toEqual({ ok: true });
  });

  it('gzips the CSV export', async () => {
    const response = await send(t.app, 'GET', '/api/export/actions.csv', { cookie, headers: gzipAccepted });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString()).toMatch(/^\uFEFF?.*title/i);
  });

  it('sends JSON as it is to a client that refuses gzip with q=0', async () => {
    const response = await send(t.app, 'GET', '/api/plan', { cookie, headers: { 'accept-encoding': 'gzip;q=0, identity' } });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.json()).toHaveProperty('priorities');
  });

  it('compresses nothing for a client that did not ask', async () => {
    const response = await send(t.app, 'GET', '/api/plan', { cookie });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.json()).toHaveProperty('priorities');
  });
});

describe('what a client’s Accept-Encoding takes', () => {
  it('names a coding, with or without a weight, in any case', () => {
    expect(acceptsEncoding('gzip, deflate, br', 'br')).toBe(true);
    expect(acceptsEncoding('GZIP;q=0.5', 'gzip')).toBe(true);
    expect(acceptsEncoding('deflate', 'gzip')).toBe(false);
    expect(acceptsEncoding(undefined, 'gzip')).toBe(false);
  });

  it('refuses a coding weighted q=0, even when "*" takes the rest', () => {
    expect(acceptsEncoding('br;q=0, gzip', 'br')).toBe(false);
    expect(acceptsEncoding('*, br;q=0', 'br')).toBe(false);
    expect(acceptsEncoding('*', 'gzip')).toBe(true);
    expect(acceptsEncoding('*;q=0', 'gzip')).toBe(false);
  });

  it('does not take a longer name that only contains the coding', () => {
    expect(acceptsEncoding('x-gzip-like', 'gzip')).toBe(false);
  });

  it('sends a rendered page in brotli first, then gzip, else plain', () => {
    expect(pageEncoding('gzip, deflate, br')).toBe('br');
    expect(pageEncoding('gzip, br;q=0')).toBe('gzip');
    expect(pageEncoding('identity')).toBeNull();
  });
});
