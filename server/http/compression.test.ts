import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, send, signIn, type TestApp } from '../testing/test-app';

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

  it('compresses nothing for a client that did not ask', async () => {
    const response = await send(t.app, 'GET', '/api/plan', { cookie });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.json()).toHaveProperty('priorities');
  });
});
