import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actionFieldsOf } from '../../../src/domain/action-writes';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { loadActionRecord } from './action-repository';
import { bumpActionVersion, insertAction, updateActionFields } from './action-write-repository';
import { bumpBenchmarkVersion } from './benchmark-write-repository';

// The optimistic lock lives in the UPDATE itself, so it holds even when two
// transactions read the same version at once (as they can on PostgreSQL).
describe('the write repository', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it('writes an action’s fields only at the version read', async () => {
    const record = await loadActionRecord(t.handle.db, 'a-001');
    if (record === undefined) throw new Error('a-001 should exist');
    const fields = { ...actionFieldsOf(record), owner: 'Sam Ortiz' };
    expect(await updateActionFields(t.handle.db, 'a-001', record.version + 1, fields, '2026-11-22T12:00:00.000Z')).toBe(false);
    expect(await loadActionRecord(t.handle.db, 'a-001')).toEqual(record);
    expect(await updateActionFields(t.handle.db, 'a-001', record.version, fields, '2026-11-22T12:00:00.000Z')).toBe(true);
    expect(await loadActionRecord(t.handle.db, 'a-001')).toMatchObject({ owner: 'Sam Ortiz', version: record.version + 1 });
    expect(await bumpActionVersion(t.handle.db, 'a-001', record.version, '2026-11-22T12:00:00.000Z')).toBe(false);
  });

  it('bumps a benchmark’s version only from the version read', async () => {
    const row = await t.handle.db.selectFrom('benchmarks').select(['id', 'version']).executeTakeFirstOrThrow();
    expect(await bumpBenchmarkVersion(t.handle.db, row.id, row.version + 1)).toBe(false);
    expect(await bumpBenchmarkVersion(t.handle.db, row.id, row.version)).toBe(true);
    expect(await bumpBenchmarkVersion(t.handle.db, row.id, row.version)).toBe(false);
  });

  it('does not insert an action over an existing id', async () => {
    const record = await loadActionRecord(t.handle.db, 'a-001');
    if (record === undefined) throw new Error('a-001 should exist');
    expect(await insertAction(t.handle.db, { ...record, title: 'Impostor' }, '2026-11-22T12:00:00.000Z')).toBe(false);
    expect((await loadActionRecord(t.handle.db, 'a-001'))?.title).toBe(record.title);
  });
});
