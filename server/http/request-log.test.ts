import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { logger } from '../log';
import { accountOf, createTestApp, send, signIn, type TestApp } from '../testing/test-app';

describe('the request log', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ sampleData: false });
  });
  afterEach(() => t.close());

  function logLines() {
    const spy = vi.spyOn(logger, 'info');
    return () => spy.mock.calls.map(([fields]) => fields as Record<string, unknown>).filter((fields) => 'requestId' in fields);
  }

  it('logs one line per request with its id, method, path, status, time and user id, and sends the id back', async () => {
    const cookie = await signIn(t.app, 'staff');
    const lines = logLines();
    const response = await send(t.app, 'GET', '/api/actions?q=secret-search', { cookie });
    const [line] = lines();
    expect(line).toMatchObject({ method: 'GET', path: '/api/actions', status: 200, userId: expect.any(String) });
    expect(line?.requestId).toBe(response.headers.get('x-request-id'));
    expect(typeof line?.ms).toBe('number');
  });

  it('gives every request an id of its own, or keeps a well-formed one sent by a proxy', async () => {
    const lines = logLines();
    const first = await send(t.app, 'GET', '/api/health');
    const second = await send(t.app, 'GET', '/api/health');
    const proxied = await send(t.app, 'GET', '/api/health', { headers: { 'x-request-id': 'proxy-1234abcd' } });
    const forged = await send(t.app, 'GET', '/api/health', { headers: { 'x-request-id': 'not an id; <script>' } });
    expect(first.headers.get('x-request-id')).not.toBe(second.headers.get('x-request-id'));
    expect(proxied.headers.get('x-request-id')).toBe('proxy-1234abcd');
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines()).toHaveLength(4);
  });

  it('never carries a password, a session id, a cookie or a query string', async () => {
    const lines = logLines();
    const signedIn = await send(t.app, 'POST', '/api/session', { body: accountOf('board') });
    const cookie = signedIn.headers.get('set-cookie')?.split(';')[0] ?? '';
    const sessionId = cookie.slice(cookie.indexOf('=') + 1);
    await send(t.app, 'GET', '/api/session', { cookie });
    await send(t.app, 'GET', '/api/actions?owner=private-name', { cookie });
    await send(t.app, 'DELETE', '/api/session', { cookie });
    const text = JSON.stringify(lines());
    expect(lines()).toHaveLength(4);
    expect(sessionId.length).toBeGreaterThan(20);
    for (const secret of [accountOf('board').password, sessionId, 'private-name', 'cookie']) expect(text).not.toContain(secret);
  });
});
