import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SampleData } from '../../src/contract/sample-data';
import { auditRows } from '../testing/db-snapshot';
import { freshActionId, sampleUpdate } from '../testing/route-samples';
import { createTestApp, send, signIn, type TestApp } from '../testing/test-app';
import { testDatabaseTargets, type TestDatabase } from '../testing/test-databases';

describe.each(testDatabaseTargets)('clearing the sample data ($name)', ({ skip, open }) => {
  let t: TestApp;
  let database: TestDatabase;
  let admin: string;
  beforeEach(async () => {
    if (skip) return;
    database = await open();
    t = await createTestApp({ handle: database.handle });
    admin = await signIn(t.app, 'admin');
  });
  afterEach(async () => {
    if (!skip) await database.dispose();
  });

  const counts = async () => SampleData.parse(await (await send(t.app, 'GET', '/api/sample-data', { cookie: admin })).json());

  it.skipIf(skip)('removes every sample action, update and benchmark and what only reported on them, keeps the rest, in one audited step', async () => {
    const db = t.handle.db;
    const before = await counts();
    expect(before.actions).toBeGreaterThan(0);
    expect(before.updates).toBeGreaterThan(before.actions);
    expect(before.benchmarks).toBeGreaterThan(0);
    const own = await freshActionId(t.app, admin);
    expect((await send(t.app, 'POST', `/api/actions/${own}/updates`, { cookie: admin, body: sampleUpdate })).status).toBe(201);
    expect((await send(t.app, 'POST', '/api/quarters/2026-Q2/publish', { cookie: admin, body: {} })).status).toBe(200);
    expect((await send(t.app, 'POST', '/api/quarters/2026-Q3/publish', { cookie: admin, body: {} })).status).toBe(200);
    const accounts = await db.selectFrom('users').select('email').orderBy('email').execute();
    const auditBefore = (await auditRows(db)).length;

    const cleared = await send(t.app, 'POST', '/api/sample-data/clear', { cookie: admin });
    expect(cleared.status).toBe(200);
    expect(SampleData.parse(await cleared.json())).toEqual(before);

    expect(await counts()).toEqual({ actions: 0, updates: 0, benchmarks: 0 });
    expect((await db.selectFrom('actions').select('id').execute()).map((r) => r.id)).toEqual([own]);
    expect(await db.selectFrom('action_status').select('action_id').distinct().execute()).toEqual([{ action_id: own }]);
    expect(await db.selectFrom('benchmark_years').selectAll().execute()).toEqual([]);
    const counted = await db.selectFrom('status_counts').select((eb) => eb.fn.sum<number>('actions').as('n')).where('quarter', '=', '2026-Q3').executeTakeFirst();
    expect(Number(counted?.n)).toBe(1);
    // 2026-Q3 holds the foundation's own update and stays published; 2026-Q2 reported on the sample alone.
    expect((await db.selectFrom('publications').select('quarter').execute()).map((r) => r.quarter)).toEqual(['2026-Q3']);
    expect(await db.selectFrom('users').select('email').orderBy('email').execute()).toEqual(accounts);
    expect((await send(t.app, 'GET', '/api/plan', { cookie: admin })).status).toBe(200);
    const audit = (await auditRows(db)).slice(auditBefore);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ operation: 'clear-sample-data', entity_type: 'plan', entity_id: 'sample-data', after: null });
    expect(JSON.parse(audit[0]?.before ?? '')).toEqual(before);

    const again = await send(t.app, 'POST', '/api/sample-data/clear', { cookie: admin });
    expect(SampleData.parse(await again.json())).toEqual({ actions: 0, updates: 0, benchmarks: 0 });
    expect(await auditRows(db)).toHaveLength(auditBefore + 1);
  });

  it.skipIf(skip)('is for admins only; everyone signed in may ask whether any is left', async () => {
    const staff = await signIn(t.app, 'staff');
    expect((await send(t.app, 'POST', '/api/sample-data/clear', { cookie: staff })).status).toBe(403);
    expect((await send(t.app, 'GET', '/api/sample-data', { cookie: await signIn(t.app, 'board') })).status).toBe(200);
    expect((await counts()).actions).toBeGreaterThan(0);
  });
});
