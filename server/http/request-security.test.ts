import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiErrorBody } from '../../src/contract/errors';
import { logger } from '../log';
import { serveBuiltApp } from '../static-app';
import { snapshotTables } from '../testing/db-snapshot';
import { projectRoot } from '../testing/child-server';
import { routeSamples } from '../testing/route-samples';
import { createTestApp, send, signIn, testOrigin, type TestApp } from '../testing/test-app';
import { permissions } from './permissions';

const writeRoutes = Object.keys(permissions).filter((key) => !key.startsWith('GET '));
const foreignOrigins = ['http://evil.example', 'null', 'http://plan-tracker.test:8443', 'http://plan-tracker.test.evil.example', 'not a url'];

async function everything(t: TestApp) {
  return { ...(await snapshotTables(t.handle.db)), sessions: await t.handle.db.selectFrom('sessions').selectAll().orderBy('id_hash').execute() };
}

// One database a route: every refused request is checked to change nothing.
describe.each(writeRoutes)('%s from another origin', (key) => {
  let t: TestApp;
  let cookie: string;
  beforeAll(async () => {
    t = await createTestApp();
    cookie = await signIn(t.app, 'staff');
  });
  afterAll(() => t.close());

  async function expectRefused(response: Response) {
    expect(response.status).toBe(403);
    expect(ApiErrorBody.parse(await response.json()).error.code).toBe('forbidden');
    expect(response.headers.get('set-cookie')).toBeNull();
  }

  it('is refused without an Origin header, changing nothing', async () => {
    const request = await routeSamples[key]!.request(t.app, await signIn(t.app, 'staff'));
    const before = await everything(t);
    const headers: Record<string, string> = { host: new URL(testOrigin).host, cookie };
    if (request.body !== undefined) headers['content-type'] = 'application/json';
    const body = request.body === undefined ? undefined : JSON.stringify(request.body);
    await expectRefused(await t.app.request(`${testOrigin}${request.path}`, { method: request.method, headers, body }));
    expect(await everything(t)).toEqual(before);
  });

  it.each(foreignOrigins)('is refused from %s, changing nothing', async (origin) => {
    const request = await routeSamples[key]!.request(t.app, await signIn(t.app, 'staff'));
    const before = await everything(t);
    await expectRefused(await send(t.app, request.method, request.path, { cookie, body: request.body, headers: { origin } }));
    expect(await everything(t)).toEqual(before);
  });
});

function directives(csp: string | null): Map<string, string[]> {
  const entries = (csp ?? '').split(';').map((d) => d.trim().split(/\s+/)).filter((parts) => parts[0]);
  return new Map(entries.map(([name = '', ...values]) => [name.toLowerCase(), values]));
}

function expectSecurityHeaders(response: Response) {
  const csp = directives(response.headers.get('content-security-policy'));
  const scripts = csp.get('script-src') ?? csp.get('default-src');
  expect(scripts).toEqual(["'self'"]);
  expect([...csp.values()].flat()).not.toContain("'unsafe-inline'");
  expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']).toContain(response.headers.get('referrer-policy'));
}

// Only a code and a message for people: no stack frame, file, exception or driver name.
function expectGenericError(error: ApiErrorBody['error']) {
  expect(Object.keys(error).sort()).toEqual(['code', 'message']);
  expect(error.code).toBe('internal');
  expect(error.message).not.toMatch(/\bat \S+:\d+|\.[jt]s\b|[A-Z][a-z]*Error\b|destroyed|sqlite|kysely|driver/i);
}

describe('security headers and errors', () => {
  let t: TestApp;
  let dist: string;
  beforeEach(async () => {
    t = await createTestApp({ sampleData: false });
    dist = mkdtempSync(path.join(tmpdir(), 'plan-tracker-dist-'));
    writeFileSync(path.join(dist, 'index.html'), readFileSync(path.join(projectRoot, 'index.html')));
  });
  afterEach(async () => {
    rmSync(dist, { recursive: true, force: true });
    await t.close();
  });

  it('are on every API answer, a success, a 401 and a 404 alike, never cached', async () => {
    for (const [apiPath, status] of [['/api/health', 200], ['/api/plan', 401], ['/api/no-such-thing', 404]] as const) {
      const response = await send(t.app, 'GET', apiPath);
      expect(response.status).toBe(status);
      expectSecurityHeaders(response);
      expect(response.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('are on the single-page app’s index, whose page has no inline script', async () => {
    serveBuiltApp(t.app, dist);
    for (const page of ['/', '/actions?priority=wellness']) {
      const response = await send(t.app, 'GET', page);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expectSecurityHeaders(response);
      const html = await response.text();
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes = '', content = ''] of scripts) {
        expect(attributes).toMatch(/\bsrc=/);
        expect(content.trim()).toBe('');
      }
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    }
  });

  it('a 500 is the contract’s error, with no stack and no detail, when the database is gone', async () => {
    const cookie = await signIn(t.app, 'board');
    const logged = vi.spyOn(logger, 'error');
    await t.handle.close();
    const response = await send(t.app, 'GET', '/api/plan', { cookie });
    expect(response.status).toBe(500);
    expectSecurityHeaders(response);
    expectGenericError(ApiErrorBody.parse(await response.json()).error);
    expect(logged).toHaveBeenCalled();
  });

  it('a 500 from any handler is the contract’s error, with no stack and no message', async () => {
    t.app.get('/boom', () => {
      throw new TypeError('secret detail from /work/main/server/boom.ts');
    });
    const logged = vi.spyOn(logger, 'error');
    const response = await send(t.app, 'GET', '/boom');
    expect(response.status).toBe(500);
    const error = ApiErrorBody.parse(await response.json()).error;
    expectGenericError(error);
    expect(error.message).not.toMatch(/secret|boom/);
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ err: expect.any(TypeError) }), 'Unexpected error');
  });
});
