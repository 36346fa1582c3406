import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody } from '../../src/contract/errors';
import { roles, type Role } from '../../src/contract/session';
import { fileMediaTypes, isFileShape, registeredApiRoutes, routeSamples } from '../testing/route-samples';
import { createTestApp, send, signIn, type TestApp } from '../testing/test-app';
import { apiRoute, permissions } from './permissions';

type Who = 'signed out' | Role;

function expectedStatus(key: string, who: Who): 'ok' | 401 | 403 {
  const access = permissions[key];
  if (access === undefined) throw new Error(`No permission is declared for ${key}`);
  if (access === 'anyone') return 'ok';
  if (who === 'signed out') return 401;
  if (access === 'signed-in') return 'ok';
  return access.includes(who) ? 'ok' : 403;
}

describe('the routes the app registers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ sampleData: false });
  });
  afterAll(() => t.close());

  it('are exactly the routes with a declared permission, and each has a sample request here', () => {
    const declared = Object.keys(permissions).sort();
    expect(registeredApiRoutes(t.app)).toEqual(declared);
    expect(Object.keys(routeSamples).sort()).toEqual(declared);
  });

  it('would show a route registered without apiRoute, and apiRoute refuses one with no declared permission', async () => {
    const other = await createTestApp({ sampleData: false });
    try {
      other.app.get('/api/undeclared', (c) => c.json({ leaked: true }));
      expect(registeredApiRoutes(other.app)).toContain('GET /api/undeclared');
      expect(registeredApiRoutes(other.app)).not.toEqual(Object.keys(permissions).sort());
      expect(() => apiRoute(other.app, 'GET', '/api/also-undeclared', (c) => c.json({}))).toThrow(/No permission is declared/);
    } finally {
      await other.close();
    }
  });

  it('register nothing for every method under /api but the middleware and the 404 catch-all', () => {
    const everyMethod = t.app.routes.filter((r) => r.path.startsWith('/api') && r.method === 'ALL').map((r) => r.path);
    expect(new Set(everyMethod)).toEqual(new Set(['/api/*']));
  });
});

// Every route, as a visitor and as each role: 401, 403 or a 2xx, as its
// declared access says. Each route gets a fresh database, and each identity a
// session of its own, so a sign-out or a write cannot spoil the next one.
describe.each(Object.keys(permissions))('%s', (key) => {
  let t: TestApp;
  let sessions: Record<Role, string>;
  let writer: string;
  beforeAll(async () => {
    t = await createTestApp();
    const [board, staff, admin, setup] = await Promise.all([signIn(t.app, 'board'), signIn(t.app, 'staff'), signIn(t.app, 'admin'), signIn(t.app, 'staff')]);
    sessions = { board, staff, admin };
    writer = setup;
  });
  afterAll(() => t.close());

  it.each<Who>(['signed out', ...roles])('as %s', async (who) => {
    const sample = routeSamples[key];
    if (sample === undefined) throw new Error(`No sample request for ${key}`);
    const request = await sample.request(t.app, writer);
    const cookie = who === 'signed out' ? undefined : sessions[who];
    const response = await send(t.app, request.method, request.path, { cookie, body: request.body, headers: request.headers });
    const expected = expectedStatus(key, who);
    if (expected === 'ok') {
      expect(response.status, `${key} as ${who}: ${await response.clone().text()}`).toBeGreaterThanOrEqual(200);
      expect(response.status).toBeLessThan(300);
      if (sample.response === 'empty') expect(await response.text()).toBe('');
      else if (isFileShape(sample.response)) expect(response.headers.get('content-type')?.split(';')[0]).toBe(fileMediaTypes[sample.response]);
      else expect(sample.response.schema.safeParse(await response.json()).success).toBe(true);
      return;
    }
    expect(response.status).toBe(expected);
    const body = ApiErrorBody.parse(await response.json());
    expect(body.error.code).toBe(expected === 401 ? 'unauthorized' : 'forbidden');
    expect(body.error.message).not.toBe('');
    expect(body.error.fields).toBeUndefined();
  });
});
