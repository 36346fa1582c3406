import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf } from '../testing/db-snapshot';
import { createTestApp, send, type TestApp } from '../testing/test-app';

describe('GET /api/health and /api/health/ready', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ sampleData: false });
  });
  afterEach(() => t.close());

  it('readiness is 200 to anyone while the database reads and writes, and leaves no row behind', async () => {
    const response = await send(t.app, 'GET', '/api/health/ready');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, database: 'ok' });
    expect(await t.handle.db.selectFrom('sign_in_failures').selectAll().execute()).toEqual([]);
  });

  it('with a read-only database, liveness says the process answers and readiness says 503 naming the cause', async () => {
    t.handle.sqlite?.pragma('query_only = ON');
    expect((await send(t.app, 'GET', '/api/health')).status).toBe(200);
    const ready = await send(t.app, 'GET', '/api/health/ready');
    expect(ready.status).toBe(503);
    expect(await errorOf(ready)).toMatchObject({ code: 'unavailable', message: expect.stringMatching(/read-only/) });
  });

  it('with the database closed under it, readiness is a 503, not a 200 or a bare 500', async () => {
    await t.handle.close();
    const ready = await send(t.app, 'GET', '/api/health/ready');
    expect(ready.status).toBe(503);
    expect((await errorOf(ready)).code).toBe('unavailable');
  });
});
