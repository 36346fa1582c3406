import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ActionDetail } from '../../src/contract/actions';
import type { ActionRecord } from '../../src/domain/action-record';
import { loadActionRecords } from '../db/repository/action-repository';
import { auditRows, errorOf, snapshotTables } from '../testing/db-snapshot';
import { createTestApp, send, signIn, type TestApp } from '../testing/test-app';

// The test clock stands in 2026-Q4; the sample data is reported up to 2026-Q3.
describe('POST /api/actions/:id/updates', () => {
  let t: TestApp;
  let open: ActionRecord;
  beforeEach(async () => {
    t = await createTestApp();
    const records = await loadActionRecords(t.handle.db);
    const found = records.find((r) => r.updates.some((u) => u.quarter === '2026-Q3') && r.updates.every((u) => u.status !== 'completed'));
    if (found === undefined) throw new Error('the sample data should have an open action reported in 2026-Q3');
    open = found;
  });
  afterEach(() => t.close());

  const update = { quarter: '2026-Q4', status: 'at-risk', percentComplete: 60, note: 'The venue fell through; looking for another.' } as const;

  it.each([
    ['staff', 'Theresa Okafor'],
    ['admin', 'Executive director (demo)'],
  ] as const)('lets %s add the current quarter’s update: 201, version up, one audit row', async (role, author) => {
    const cookie = await signIn(t.app, role);
    const response = await send(t.app, 'POST', `/api/actions/${open.id}/updates`, { cookie, body: update });
    expect(response.status).toBe(201);
    const detail = ActionDetail.parse(await response.json());
    expect(detail.version).toBe(open.version + 1);
    expect(detail.updates[0]).toEqual({ ...update, author, createdAt: t.clock.now.toISOString() });
    expect(detail.updates).toHaveLength(open.updates.length + 1);
    const audit = await auditRows(t.handle.db);
    expect(audit.map((row) => [row.operation, row.entity_type, row.entity_id, row.before])).toEqual([['add-update', 'action', open.id, null]]);
    expect(JSON.parse(audit[0]?.after ?? '')).toMatchObject({ ...update, author, version: open.version + 1 });
  });

  it('replaces the update of a quarter already reported: 200, still one update for it', async () => {
    const cookie = await signIn(t.app, 'staff');
    const old = open.updates.find((u) => u.quarter === '2026-Q3');
    const body = { ...update, quarter: '2026-Q3', version: open.version };
    const response = await send(t.app, 'POST', `/api/actions/${open.id}/updates`, { cookie, body });
    expect(response.status).toBe(200);
    const detail = ActionDetail.parse(await response.json());
    expect(detail.updates.filter((u) => u.quarter === '2026-Q3')).toEqual([{ ...update, quarter: '2026-Q3', author: 'Theresa Okafor', createdAt: t.clock.now.toISOString() }]);
    expect(detail.updates).toHaveLength(open.updates.length);
    expect(detail).toMatchObject({ status: 'at-risk', percentComplete: 60 });
    const audit = await auditRows(t.handle.db);
    expect(audit.map((row) => row.operation)).toEqual(['replace-update']);
    expect(JSON.parse(audit[0]?.before ?? '')).toEqual({ ...old, version: open.version });
  });

  it('raises the version, so an edit from before the update is refused', async () => {
    const cookie = await signIn(t.app, 'staff');
    expect((await send(t.app, 'POST', `/api/actions/${open.id}/updates`, { cookie, body: update })).status).toBe(201);
    const snapshot = await snapshotTables(t.handle.db);
    const stale = await send(t.app, 'PATCH', `/api/actions/${open.id}`, { cookie, body: { owner: 'Sam', version: open.version } });
    expect(stale.status).toBe(409);
    const again = await send(t.app, 'POST', `/api/actions/${open.id}/updates`, { cookie, body: { ...update, version: open.version } });
    expect(again.status).toBe(409);
    expect((await errorOf(again)).code).toBe('conflict');
    expect(await snapshotTables(t.handle.db)).toEqual(snapshot);
  });

  it.each([
    ['a missing note for at risk', { ...update, note: '' }, 'note', /^is required when the status is at risk or off track/],
    ['a missing note for off track', { ...update, status: 'off-track', note: ' ' }, 'note', /^is required/],
    ['completed below 100 %', { ...update, status: 'completed', percentComplete: 90 }, 'percentComplete', /^must be 100/],
    ['a percent over 100', { ...update, percentComplete: 120 }, 'percentComplete', /must be from 0 to 100/],
    ['a percent as text', { ...update, percentComplete: '60' }, 'percentComplete', /^must be a number$/],
    ['an unknown status', { ...update, status: 'done' }, 'status', /^must be one of: not-started, /],
    ['a missing quarter', { status: 'on-track', percentComplete: 10, note: '' }, 'quarter', /^must be a string$/],
    ['an unknown field', { ...update, author: 'Someone else' }, 'body', /^has unknown fields: author$/],
    ['a quarter before the plan', { ...update, quarter: '2023-Q2' }, 'quarter', /^must be within the plan period/],
    ['a quarter after the current one', { ...update, quarter: '2027-Q1' }, 'quarter', /^must not be after the current quarter, 2026-Q4$/],
  ])('refuses %s with a 400 naming the field, writing nothing', async (_label, body, field, why) => {
    const cookie = await signIn(t.app, 'staff');
    const snapshot = await snapshotTables(t.handle.db);
    const response = await send(t.app, 'POST', `/api/actions/${open.id}/updates`, { cookie, body });
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.fields?.[field]).toMatch(why);
    expect(await snapshotTables(t.handle.db)).toEqual(snapshot);
  });

  it('refuses a quarter before the action starts, and an action that does not exist', async () => {
    const cookie = await signIn(t.app, 'staff');
    const late = (await loadActionRecords(t.handle.db)).find((r) => r.startQuarter > '2023-Q3');
    if (late === undefined) throw new Error('the sample data should have an action that starts after the plan does');
    const snapshot = await snapshotTables(t.handle.db);
    const early = await send(t.app, 'POST', `/api/actions/${late.id}/updates`, { cookie, body: { ...update, quarter: '2023-Q3' } });
    expect(early.status).toBe(400);
    expect((await errorOf(early)).fields?.quarter).toBe(`must not be before ${late.startQuarter}, when the action starts`);
    const missing = await send(t.app, 'POST', '/api/actions/a-999/updates', { cookie, body: update });
    expect(missing.status).toBe(404);
    expect(await snapshotTables(t.handle.db)).toEqual(snapshot);
  });
});
