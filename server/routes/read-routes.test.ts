import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ActionDetail, ActionList } from '../../src/contract/actions';
import { BenchmarkList } from '../../src/contract/benchmarks';
import { Plan } from '../../src/contract/plan';
import { StatusHistory } from '../../src/contract/status-history';
import { pefPlan } from '../../src/domain/pef-plan';
import { createTestApp, send, signIn, type TestApp } from '../testing/test-app';

describe('the read API on the embedded database', () => {
  let t: TestApp;
  let cookie: string;

  beforeEach(async () => {
    t = await createTestApp();
    cookie = await signIn(t.app, 'board');
  });
  afterEach(() => t.close());

  it('answers health to anyone', async () => {
    const response = await send(t.app, 'GET', '/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('serves the plan word for word as seeded', async () => {
    const response = await send(t.app, 'GET', '/api/plan', { cookie });
    expect(response.status).toBe(200);
    expect(Plan.parse(await response.json())).toEqual(pefPlan);
  });

  it('lists actions as of the latest reported quarter, filtered', async () => {
    const all = ActionList.parse(await (await send(t.app, 'GET', '/api/actions?pageSize=200', { cookie })).json());
    expect(all.asOf).toBe('2026-Q3');
    expect(all.total).toBe(all.items.length);
    const cell = ActionList.parse(
      await (await send(t.app, 'GET', '/api/actions?priority=wellness&focusArea=voice-agency', { cookie })).json(),
    );
    expect(cell.items.length).toBeGreaterThan(0);
    expect(cell.items.every((a) => a.priorityId === 'wellness' && a.focusAreaId === 'voice-agency')).toBe(true);
    expect(cell.items).toEqual(all.items.filter((a) => a.priorityId === 'wellness' && a.focusAreaId === 'voice-agency'));
  });

  it('answers a bad filter with 400 naming the field', async () => {
    const response = await send(t.app, 'GET', '/api/actions?status=done&quarter=2031-Q1', { cookie });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(body.error.code).toBe('bad_request');
    expect(Object.keys(body.error.fields)).toContain('status');
  });

  it('returns one action with its updates newest first, and 404 for an unknown id', async () => {
    const detail = ActionDetail.parse(await (await send(t.app, 'GET', '/api/actions/a-001', { cookie })).json());
    const quarters = detail.updates.map((u) => u.quarter);
    expect(quarters).toEqual([...quarters].sort().reverse());
    const missing = await send(t.app, 'GET', '/api/actions/nope', { cookie });
    expect(missing.status).toBe(404);
  });

  it('gives a status history over the 16 quarters, unreported after the latest', async () => {
    const history = StatusHistory.parse(await (await send(t.app, 'GET', '/api/status-history', { cookie })).json());
    expect(history.quarters).toHaveLength(16);
    expect(history.quarters.filter((q) => q.reported).at(-1)?.quarter).toBe('2026-Q3');
  });

  it('lists benchmarks, filtered by priority', async () => {
    const list = BenchmarkList.parse(await (await send(t.app, 'GET', '/api/benchmarks?priority=wellness', { cookie })).json());
    expect(list.total).toBeGreaterThan(0);
    expect(list.items.every((b) => b.priorityId === 'wellness')).toBe(true);
  });

  it('refuses every read to a visitor who is not signed in', async () => {
    const response = await send(t.app, 'GET', '/api/plan');
    expect(response.status).toBe(401);
  });
});
