import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ActionDetail, ActionList } from '../../src/contract/actions';
import { BoardPacket } from '../../src/contract/packet';
import { ReportingPeriods, UpdatesDue } from '../../src/contract/reporting';
import { StatusHistory } from '../../src/contract/status-history';
import { demoAccounts } from '../../src/domain/sample/demo-accounts';
import { createTestApp, send, signIn, type TestApp } from '../testing/test-app';
import { snapshotTables } from '../testing/db-snapshot';

// The quarterly cycle through the API: Q4 2026 is in progress on the test's
// day (2026-11-22), Q3 2026 is open for reporting.
describe('the quarterly cycle', () => {
  let t: TestApp;
  let admin: string;
  let staff: string;
  beforeEach(async () => {
    t = await createTestApp();
    [admin, staff] = await Promise.all([signIn(t.app, 'admin'), signIn(t.app, 'staff')]);
  });
  afterEach(() => t.close());

  const json = async (response: Response) => response.json() as Promise<unknown>;
  const asOf = async () => ActionList.parse(await json(await send(t.app, 'GET', '/api/actions?pageSize=1', { cookie: staff }))).asOf;
  const anAction = async () => ActionList.parse(await json(await send(t.app, 'GET', '/api/actions?pageSize=1&status=on-track', { cookie: staff }))).items[0]!;
  const update = (quarter: string, note = 'Reported.') => ({ quarter, status: 'on-track', percentComplete: 99, note });
  const history = async () => StatusHistory.parse(await json(await send(t.app, 'GET', '/api/status-history', { cookie: staff }))).quarters;
  const lastCounted = async () => (await history()).filter((q) => q.reported).at(-1)?.quarter;

  it('keeps the default as-of on the latest ended quarter after an update in the quarter in progress, and moves it only on publishing', async () => {
    expect(await asOf()).toBe('2026-Q3');
    const trend = await history();
    expect(await lastCounted()).toBe('2026-Q3');
    const action = await anAction();
    expect((await send(t.app, 'POST', `/api/actions/${action.id}/updates`, { cookie: staff, body: update('2026-Q4') })).status).toBe(201);
    expect(await asOf()).toBe('2026-Q3');
    // The status over time stops at the same quarter: the update in progress moves nothing in it.
    expect(await history()).toEqual(trend);
    expect((await send(t.app, 'POST', '/api/quarters/2026-Q2/publish', { cookie: admin, body: {} })).status).toBe(200);
    expect(await asOf()).toBe('2026-Q2');
    expect(await lastCounted()).toBe('2026-Q2');
    const periods = ReportingPeriods.parse(await json(await send(t.app, 'GET', '/api/reporting-periods', { cookie: staff })));
    expect(periods).toMatchObject({ currentQuarter: '2026-Q4', reportingQuarter: '2026-Q3', defaultAsOf: '2026-Q2', defaultUpdateQuarter: '2026-Q3' });
    expect(periods.periods.find((p) => p.quarter === '2026-Q2')).toMatchObject({ state: 'published', writable: false });
  });

  it('refuses a write to a published quarter, naming it and who can reopen it, and changes nothing', async () => {
    const action = await anAction();
    await send(t.app, 'POST', '/api/quarters/2026-Q3/publish', { cookie: admin, body: {} });
    const before = await snapshotTables(t.handle.db);
    for (const quarter of ['2026-Q3', '2026-Q1']) {
      const refused = await send(t.app, 'POST', `/api/actions/${action.id}/updates`, { cookie: staff, body: update(quarter) });
      expect(refused.status).toBe(400);
      expect(((await json(refused)) as { error: { fields: Record<string, string> } }).error.fields.quarter).toMatch(/published.*admin can reopen/);
    }
    expect(await snapshotTables(t.handle.db)).toEqual(before);
  });

  it('keeps the packet as published, and lists a correction made after reopening, with who and why, in the audit too', async () => {
    const action = await anAction();
    await send(t.app, 'POST', '/api/quarters/2026-Q3/publish', { cookie: admin, body: {} });
    const published = BoardPacket.parse(await json(await send(t.app, 'GET', '/api/quarters/2026-Q3/packet', { cookie: staff })));
    expect(published.published?.by).toBeTruthy();
    expect((await send(t.app, 'POST', '/api/quarters/2026-Q3/reopen', { cookie: admin, body: { reason: '' } })).status).toBe(400);
    expect((await send(t.app, 'POST', '/api/quarters/2026-Q3/reopen', { cookie: admin, body: { reason: 'A figure was entered twice.' } })).status).toBe(200);
    const corrected = await send(t.app, 'POST', `/api/actions/${action.id}/updates`, { cookie: staff, body: update('2026-Q3', 'Corrected figure.') });
    expect(corrected.status).toBeLessThan(300);
    ActionDetail.parse(await json(corrected));
    expect((await send(t.app, 'POST', '/api/quarters/2026-Q3/publish', { cookie: admin, body: {} })).status).toBe(200);
    const later = BoardPacket.parse(await json(await send(t.app, 'GET', '/api/quarters/2026-Q3/packet', { cookie: staff })));
    expect(later.corrections).toEqual([expect.objectContaining({ actionId: action.id, quarter: '2026-Q3', reason: 'A figure was entered twice.' })]);
    const audit = (await json(await send(t.app, 'GET', '/api/audit?limit=10', { cookie: admin }))) as { items: { operation: string }[] };
    expect(audit.items.map((e) => e.operation).slice(0, 4)).toEqual(['publish-quarter', expect.stringMatching(/update$/), 'reopen-quarter', 'publish-quarter']);
  });

  it('lists the updates due: the staff member’s own, and every owner’s for the director', async () => {
    const mine = UpdatesDue.parse(await json(await send(t.app, 'GET', '/api/updates-due', { cookie: staff })));
    const all = UpdatesDue.parse(await json(await send(t.app, 'GET', '/api/updates-due', { cookie: admin })));
    expect(all.quarter).toBe('2026-Q3');
    expect(all.total).toBeGreaterThan(0);
    expect(new Set(all.owners.map((o) => o.owner)).size).toBe(all.owners.length);
    expect(mine.total).toBeLessThanOrEqual(all.total);
    expect(mine.owners.every((group) => group.items.every((item) => all.owners.some((o) => o.items.some((i) => i.actionId === item.actionId))))).toBe(true);
  });

  it('names the account to remind beside each owner who has one, for the director', async () => {
    const all = UpdatesDue.parse(await json(await send(t.app, 'GET', '/api/updates-due', { cookie: admin })));
    const staffAccount = demoAccounts.find((a) => a.role === 'staff');
    const owned = all.owners.find((o) => o.owner === staffAccount?.name);
    expect(owned?.email).toBe(staffAccount?.email);
    expect(all.owners.filter((o) => o.owner !== staffAccount?.name).every((o) => o.email === null)).toBe(true);
  });
});
