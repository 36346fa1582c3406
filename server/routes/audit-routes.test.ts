import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditList } from '../../src/contract/audit';
import { Benchmark } from '../../src/contract/benchmarks';
import { errorOf } from '../testing/db-snapshot';
import { createTestApp, send, signIn, type TestApp } from '../testing/test-app';

describe('GET /api/audit', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  async function auditOf(cookie: string, search = '') {
    const response = await send(t.app, 'GET', `/api/audit${search}`, { cookie });
    expect(response.status).toBe(200);
    return AuditList.parse(await response.json());
  }

  it('is for admins only', async () => {
    expect((await send(t.app, 'GET', '/api/audit')).status).toBe(401);
    for (const role of ['board', 'staff'] as const) {
      const response = await send(t.app, 'GET', '/api/audit', { cookie: await signIn(t.app, role) });
      expect(response.status, role).toBe(403);
    }
    expect(await auditOf(await signIn(t.app, 'admin'))).toEqual({ items: [], total: 0 });
  });

  it('lists who changed what and when, newest first, filtered and limited', async () => {
    const staff = await signIn(t.app, 'staff');
    const admin = await signIn(t.app, 'admin');
    await send(t.app, 'PATCH', '/api/actions/a-001', { cookie: staff, body: { owner: 'Sam Ortiz', version: 1 } });
    t.clock.now = new Date('2026-11-22T13:00:00Z');
    await send(t.app, 'PATCH', '/api/actions/a-002', { cookie: admin, body: { owner: 'Lee Park', version: 1 } });
    const benchmark = Benchmark.parse((await (await send(t.app, 'GET', '/api/benchmarks', { cookie: staff })).json() as { items: unknown[] }).items[0]);
    t.clock.now = new Date('2026-11-22T14:00:00Z');
    const put = await send(t.app, 'PUT', `/api/benchmarks/${benchmark.id}/values/2026-27`, { cookie: staff, body: { actual: 1, version: benchmark.version } });
    expect(put.status).toBe(200);

    const all = await auditOf(admin);
    expect(all.total).toBe(3);
    expect(all.items.map((e) => [e.operation, e.entityId, e.userEmail, e.at])).toEqual([
      ['set-benchmark-value', benchmark.id, 'staff@example.org', '2026-11-22T14:00:00.000Z'],
      ['edit-action', 'a-002', 'director@example.org', '2026-11-22T13:00:00.000Z'],
      ['edit-action', 'a-001', 'staff@example.org', '2026-11-22T12:00:00.000Z'],
    ]);
    expect(all.items[2]).toMatchObject({ entityType: 'action', before: { owner: expect.any(String), version: 1 }, after: { owner: 'Sam Ortiz', version: 2 } });
    expect(all.items.every((e) => e.userId !== null)).toBe(true);

    expect((await auditOf(admin, '?entityType=action')).items.map((e) => e.entityId)).toEqual(['a-002', 'a-001']);
    expect((await auditOf(admin, '?entityType=action&entityId=a-001')).items.map((e) => e.entityId)).toEqual(['a-001']);
    const limited = await auditOf(admin, '?limit=1');
    expect(limited).toMatchObject({ total: 3 });
    expect(limited.items.map((e) => e.entityId)).toEqual([benchmark.id]);
  });

  it.each([
    ['limit', '0'],
    ['limit', '501'],
    ['limit', 'all'],
    ['entityType', 'person'],
    ['entityId', 'x'.repeat(101)],
    ['operation', 'delete-everything'],
    ['from', '2026-02-30'],
    ['to', 'yesterday'],
    ['page', '0'],
    ['page', '1.5'],
  ])('answers a bad %s with a 400 naming it', async (field, value) => {
    const response = await send(t.app, 'GET', `/api/audit?${field}=${value}`, { cookie: await signIn(t.app, 'admin') });
    expect(response.status).toBe(400);
    expect(Object.keys((await errorOf(response)).fields ?? {})).toEqual([field]);
  });
});
