import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ActionDetail, ActionList, type Action } from '../../src/contract/actions';
import { focusAreaIds, priorityIds } from '../../src/contract/ids';
import { manyActions } from '../../tests/fixtures/many-actions';
import { insertActionRecords } from '../db/repository/action-repository';
import { createTestApp, send, signIn, type TestApp } from '../testing/test-app';

const collator = new Intl.Collator('en-US', { numeric: true });
const planOrder = (a: Action, b: Action) =>
  priorityIds.indexOf(a.priorityId) - priorityIds.indexOf(b.priorityId) ||
  focusAreaIds.indexOf(a.focusAreaId) - focusAreaIds.indexOf(b.focusAreaId) ||
  collator.compare(a.title, b.title) ||
  collator.compare(a.id, b.id);

async function listOf(t: TestApp, cookie: string, search: string) {
  const response = await send(t.app, 'GET', `/api/actions${search}`, { cookie });
  expect(response.status).toBe(200);
  return ActionList.parse(await response.json());
}

// Every match, read page by page as a client must.
async function everyMatch(t: TestApp, cookie: string, filters: string) {
  const items: Action[] = [];
  for (let page = 1; ; page += 1) {
    const list = await listOf(t, cookie, `?${filters}${filters ? '&' : ''}pageSize=200&page=${page}`);
    items.push(...list.items);
    if (items.length >= list.total || list.items.length === 0) return items;
  }
}

describe('GET /api/actions: student group, due, sort and pages', () => {
  let t: TestApp;
  let cookie: string;

  beforeEach(async () => {
    t = await createTestApp();
    cookie = await signIn(t.app, 'staff');
  });
  afterEach(() => t.close());

  it('counts the matches and the whole plan, even when SQL narrowed the rows', async () => {
    const all = await listOf(t, cookie, '?pageSize=200');
    const cell = await listOf(t, cookie, '?priority=wellness&focusArea=voice-agency');
    expect(all).toMatchObject({ total: all.items.length, unfilteredTotal: all.items.length, page: 1, pageSize: 200 });
    expect(cell.unfilteredTotal).toBe(all.total);
    expect(cell.total).toBeLessThan(all.total);
  });

  it('answers a request without a page size with the first page of 50, never the whole plan', async () => {
    const first = await listOf(t, cookie, '');
    expect(first.total).toBe(101);
    expect(first).toMatchObject({ page: 1, pageSize: 50 });
    expect(first.items.map((a) => a.id)).toEqual((await everyMatch(t, cookie, '')).slice(0, 50).map((a) => a.id));
    expect((await listOf(t, cookie, '?page=3')).items).toHaveLength(1);
  });

  it('filters by student group and due quarter as the domain says', async () => {
    const all = await everyMatch(t, cookie, '');
    const byGroup = await listOf(t, cookie, '?studentGroup=english-learners&pageSize=200');
    expect(byGroup.items).toEqual(all.filter((a) => a.studentGroups.includes('english-learners')));
    const byDue = await listOf(t, cookie, '?due=2025-Q4&pageSize=200');
    expect(byDue.items).toEqual(all.filter((a) => a.dueQuarter <= '2025-Q4'));
    expect(byDue.total).toBeGreaterThan(0);
  });

  it('sorts and pages: every match once across the pages, ties in the plan’s order', async () => {
    const all = await everyMatch(t, cookie, '');
    const expected = [...all].sort((a, b) => b.dueQuarter.localeCompare(a.dueQuarter) || planOrder(a, b)).map((a) => a.id);
    const pages = [];
    for (let page = 1; page <= Math.ceil(expected.length / 40); page += 1) pages.push(await listOf(t, cookie, `?sort=-dueQuarter&pageSize=40&page=${page}`));
    expect(pages.flatMap((p) => p.items.map((a) => a.id))).toEqual(expected);
    expect(pages.every((p) => p.pageSize === 40 && p.total === expected.length)).toBe(true);
  });

  it.each([
    ['sort=dueDate', 'sort'],
    ['page=0', 'page'],
    ['pageSize=10000', 'pageSize'],
    ['studentGroup=martians', 'studentGroup'],
    ['due=soon', 'due'],
  ])('rejects %s with a 400 naming %s', async (query, field) => {
    const response = await send(t.app, 'GET', `/api/actions?${query}`, { cookie });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { fields: Record<string, string> } };
    expect(Object.keys(body.error.fields)).toEqual([field]);
  });

  it('gives an action with the quarter it is as of and the latest reported quarter', async () => {
    const detail = ActionDetail.parse(await (await send(t.app, 'GET', '/api/actions/a-001?quarter=2025-Q1', { cookie })).json());
    expect(detail).toMatchObject({ asOf: '2025-Q1', latestReported: '2026-Q3' });
  });
});

describe('GET /api/actions with 10,000 actions in the database', () => {
  let t: TestApp;
  let cookie: string;
  const records = manyActions(10_000);

  beforeEach(async () => {
    t = await createTestApp({ sampleData: false });
    await insertActionRecords(t.handle.db, records, '2026-11-22T12:00:00.000Z');
    cookie = await signIn(t.app, 'board');
  }, 60_000);
  afterEach(() => t.close());

  it('answers filtered, sorted pages correctly', async () => {
    const all = (await listOf(t, cookie, '?pageSize=200')).unfilteredTotal;
    expect(all).toBe(10_000);
    const whole = await everyMatch(t, cookie, 'priority=opportunities&studentGroup=hispanic');
    const expected = [...whole].sort((a, b) => collator.compare(a.owner, b.owner) || planOrder(a, b)).map((a) => a.id);
    expect(expected.length).toBeGreaterThan(50);
    const third = await listOf(t, cookie, '?priority=opportunities&studentGroup=hispanic&sort=owner&pageSize=20&page=3');
    expect(third).toMatchObject({ total: expected.length, unfilteredTotal: 10_000, page: 3, pageSize: 20 });
    expect(third.items.map((a) => a.id)).toEqual(expected.slice(40, 60));
  });
});
