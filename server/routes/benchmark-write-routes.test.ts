import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Benchmark, BenchmarkList } from '../../src/contract/benchmarks';
import { auditRows, errorOf, snapshotTables } from '../testing/db-snapshot';
import { createTestApp, send, signIn, type TestApp } from '../testing/test-app';

describe('PUT /api/benchmarks/:id/values/:schoolYear', () => {
  let t: TestApp;
  let benchmark: Benchmark;
  beforeEach(async () => {
    t = await createTestApp();
    const cookie = await signIn(t.app, 'board');
    const list = BenchmarkList.parse(await (await send(t.app, 'GET', '/api/benchmarks', { cookie })).json());
    const percent = list.items.find((b) => b.unit === 'percent');
    if (percent === undefined) throw new Error('the sample data should have a percent benchmark');
    benchmark = percent;
  });
  afterEach(() => t.close());

  const path = () => `/api/benchmarks/${benchmark.id}/values/2026-27`;

  it.each(['staff', 'admin'] as const)('lets %s set a target and an actual: 200 with the benchmark, version up, one audit row', async (role) => {
    const cookie = await signIn(t.app, role);
    const before = benchmark.years.find((y) => y.schoolYear === '2026-27');
    const response = await send(t.app, 'PUT', path(), { cookie, body: { actual: 71.5, version: benchmark.version } });
    expect(response.status).toBe(200);
    const saved = Benchmark.parse(await response.json());
    const after = { schoolYear: '2026-27', target: before?.target ?? null, actual: 71.5 };
    expect(saved).toEqual({
      ...benchmark,
      version: benchmark.version + 1,
      years: benchmark.years.map((y) => (y.schoolYear === '2026-27' ? after : y)),
    });
    const list = BenchmarkList.parse(await (await send(t.app, 'GET', '/api/benchmarks', { cookie })).json());
    expect(list.items.find((b) => b.id === benchmark.id)).toEqual(saved);
    const audit = await auditRows(t.handle.db);
    expect(audit.map((row) => [row.operation, row.entity_type, row.entity_id])).toEqual([['set-benchmark-value', 'benchmark', benchmark.id]]);
    expect(JSON.parse(audit[0]?.before ?? '')).toEqual({ schoolYear: '2026-27', target: before?.target ?? null, actual: before?.actual ?? null, version: benchmark.version });
    expect(JSON.parse(audit[0]?.after ?? '')).toEqual({ ...after, version: benchmark.version + 1 });
  });

  it('keeps only one of two writes from the same version', async () => {
    const cookie = await signIn(t.app, 'staff');
    // Both differ from the stored target, so neither write is a no-op.
    const stored = benchmark.years.find((y) => y.schoolYear === '2026-27')?.target ?? 50;
    const put = (target: number) => send(t.app, 'PUT', path(), { cookie, body: { target, version: benchmark.version } });
    const responses = await Promise.all([put(stored - 1), put(stored - 2)]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await auditRows(t.handle.db)).toHaveLength(1);
  });

  it.each([
    ['a stale version', '2026-27', { target: 90, version: 99 }, 409, undefined],
    ['no figure at all', '2026-27', { version: 1 }, 400, 'body'],
    ['a figure as text', '2026-27', { target: '90', version: 1 }, 400, 'target'],
    ['an unknown field', '2026-27', { target: 90, note: 'x', version: 1 }, 400, 'body'],
    ['a percent over 100', '2026-27', { target: 140, version: 1 }, 400, 'target'],
    ['a school year not of the plan', '2022-23', { target: 90, version: 1 }, 400, 'schoolYear'],
    ['a school year badly written', '2026-2027', { target: 90, version: 1 }, 400, 'schoolYear'],
  ])('refuses %s, writing nothing', async (_label, schoolYear, body, status, field) => {
    const cookie = await signIn(t.app, 'staff');
    const snapshot = await snapshotTables(t.handle.db);
    const response = await send(t.app, 'PUT', `/api/benchmarks/${benchmark.id}/values/${schoolYear}`, {
      cookie,
      body: { ...body, version: body.version === 1 ? benchmark.version : body.version },
    });
    expect(response.status).toBe(status);
    const error = await errorOf(response);
    if (field !== undefined) expect(Object.keys(error.fields ?? {})).toEqual([field]);
    if (status === 409) expect(error.message).toMatch(/someone else changed this benchmark.*reload/i);
    expect(await snapshotTables(t.handle.db)).toEqual(snapshot);
  });

  it('answers a benchmark that does not exist with 404', async () => {
    const cookie = await signIn(t.app, 'staff');
    const response = await send(t.app, 'PUT', '/api/benchmarks/no-such-measure/values/2025-26', { cookie, body: { target: 1, version: 1 } });
    expect(response.status).toBe(404);
    expect((await errorOf(response)).message).toContain('no-such-measure');
  });
});
