import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Benchmark, BenchmarkList } from '../../src/contract/benchmarks';
import { auditRows, errorOf, snapshotTables } from '../testing/db-snapshot';
import { sampleNewBenchmark } from '../../tests/benchmark-fixtures';
import { sampleBenchmarkId } from '../testing/route-samples';
import { testDatabaseTargets, type TestDatabase } from '../testing/test-databases';
import { createTestApp, send, signIn, type TestApp } from '../testing/test-app';

for (const target of testDatabaseTargets) {
  describe.skipIf(target.skip)(`adding and editing a measure on ${target.name}`, () => {
    let database: TestDatabase;
    let t: TestApp;
    let cookie: string;
    beforeEach(async () => {
      database = await target.open();
      t = await createTestApp({ handle: database.handle });
      cookie = await signIn(t.app, 'staff');
    });
    afterEach(() => database.dispose());

    const list = async () => BenchmarkList.parse(await (await send(t.app, 'GET', '/api/benchmarks', { cookie })).json()).items;
    const stored = async (id: string) => (await list()).find((b) => b.id === id);

    it('adds a measure after the others, not sample data, with one audit row', async () => {
      const response = await send(t.app, 'POST', '/api/benchmarks', { cookie, body: sampleNewBenchmark });
      expect(response.status).toBe(201);
      const created = Benchmark.parse(await response.json());
      expect(created).toMatchObject({ id: 'counselor-caseload', name: 'Counselor caseload', version: 1, sample: false });
      expect(created.years).toEqual([
        { schoolYear: '2024-25', target: 420, actual: null },
        { schoolYear: '2026-27', target: 350, actual: null },
      ]);
      expect(created.groups.map((g) => g.studentGroupId)).toEqual(['english-learners']);
      expect((await list()).at(-1)).toEqual(created);
      const audit = await auditRows(t.handle.db);
      expect(audit.map((row) => [row.operation, row.entity_type, row.entity_id])).toEqual([['create-benchmark', 'benchmark', 'counselor-caseload']]);
      const again = Benchmark.parse(await (await send(t.app, 'POST', '/api/benchmarks', { cookie, body: sampleNewBenchmark })).json());
      expect(again.id).toBe('counselor-caseload-2');
    });

    it('edits the fields sent, keeps the actuals, raises the version and audits what changed', async () => {
      const before = await stored(sampleBenchmarkId);
      if (before === undefined) throw new Error('no sample benchmark');
      const year = before.years[0];
      const body = { name: 'Teacher retention', targets: [{ schoolYear: year?.schoolYear, target: 93 }], studentGroups: ['english-learners', 'foster-youth'], version: before.version };
      const response = await send(t.app, 'PATCH', `/api/benchmarks/${sampleBenchmarkId}`, { cookie, body });
      expect(response.status).toBe(200);
      const saved = Benchmark.parse(await response.json());
      expect(saved).toMatchObject({ name: 'Teacher retention', version: before.version + 1, unit: before.unit, sample: before.sample });
      expect(saved.years[0]).toEqual({ ...year, target: 93 });
      expect(await stored(sampleBenchmarkId)).toEqual(saved);
      const [row] = await auditRows(t.handle.db);
      expect([row?.operation, JSON.parse(row?.after ?? '{}')]).toEqual(['edit-benchmark', expect.objectContaining({ name: 'Teacher retention', version: before.version + 1 })]);
      const stale = await send(t.app, 'PATCH', `/api/benchmarks/${sampleBenchmarkId}`, { cookie, body: { name: 'Late', version: before.version } });
      expect(stale.status).toBe(409);
      expect((await errorOf(stale)).message).toMatch(/someone else changed this benchmark.*reload/i);
    });

    it.each([
      ['POST', 'no name', { ...sampleNewBenchmark, name: '  ' }, ['name']],
      ['POST', 'a percent baseline over 100', { ...sampleNewBenchmark, unit: 'percent', baseline: { schoolYear: '2022-23', value: 480 }, targets: [] }, ['baseline.value']],
      ['POST', 'a target outside the plan', { ...sampleNewBenchmark, targets: [{ schoolYear: '2030-31', target: 1 }] }, ['targets.0.schoolYear']],
      ['POST', 'a school year twice', { ...sampleNewBenchmark, targets: [{ schoolYear: '2024-25', target: 1 }, { schoolYear: '2024-25', target: 2 }] }, ['targets']],
      ['POST', 'an unknown unit and field', { ...sampleNewBenchmark, unit: 'furlongs', colour: 'red' }, ['unit', 'body']],
      ['PATCH', 'nothing to change', { version: 1 }, ['body']],
      ['PATCH', 'a negative count', { unit: 'count', baseline: { schoolYear: '2022-23', value: -1 }, version: 1 }, ['baseline.value']],
    ])('%s refuses %s, naming the field and writing nothing', async (method, _label, body, fields) => {
      const current = await stored(sampleBenchmarkId);
      const path = method === 'POST' ? '/api/benchmarks' : `/api/benchmarks/${sampleBenchmarkId}`;
      const snapshot = await snapshotTables(t.handle.db);
      const response = await send(t.app, method, path, { cookie, body: method === 'PATCH' ? { ...body, version: current?.version } : body });
      expect(response.status).toBe(400);
      expect(Object.keys((await errorOf(response)).fields ?? {}).sort()).toEqual([...fields].sort());
      expect(await snapshotTables(t.handle.db)).toEqual(snapshot);
    });

    it('answers a measure that does not exist with 404, and a board member with 403', async () => {
      expect((await send(t.app, 'PATCH', '/api/benchmarks/no-such-measure', { cookie, body: { name: 'x', version: 1 } })).status).toBe(404);
      const board = await signIn(t.app, 'board');
      expect((await send(t.app, 'POST', '/api/benchmarks', { cookie: board, body: sampleNewBenchmark })).status).toBe(403);
    });
  });
}
