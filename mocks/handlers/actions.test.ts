import { describe, expect, it } from 'vitest';
import { ActionDetail, ActionList, type Action } from '../../src/contract/actions';
import { focusAreaIds, priorityIds, statusIds, type StatusId } from '../../src/contract/ids';
import { actionAsOf } from '../../src/domain/action-record';
import { getError, getJson } from '../../tests/api-fetch';
import { mockData } from '../data';

async function listOf(search: string) {
  const { status, body } = await getJson(`/api/actions${search}`);
  expect(status).toBe(200);
  return ActionList.parse(body);
}

// Expected lists are worked out here from the mock data, not with the API's own filter code.
function expected(quarter: string, keep: (action: Action) => boolean = () => true): string[] {
  return mockData()
    .actions.map((record) => actionAsOf(record, quarter))
    .filter(keep)
    .map((a) => a.id)
    .sort();
}
const ids = (list: ActionList) => list.items.map((a) => a.id).sort();

describe('GET /api/actions', () => {
  it('lists every action as of the latest reported quarter by default', async () => {
    const list = await listOf('');
    expect(list).toMatchObject({ asOf: '2026-Q3', latestReported: '2026-Q3', total: mockData().actions.length });
    expect(list.items).toHaveLength(list.total);
    expect(ids(list)).toEqual(expected('2026-Q3'));
    expect(list.items.every((a) => a.sample)).toBe(true);
  });

  it('filters by priority, focus area and status, each alone', async () => {
    expect(ids(await listOf('?priority=wellness'))).toEqual(expected('2026-Q3', (a) => a.priorityId === 'wellness'));
    expect(ids(await listOf('?focusArea=voice-agency'))).toEqual(expected('2026-Q3', (a) => a.focusAreaId === 'voice-agency'));
    for (const status of statusIds) {
      const list = await listOf(`?status=${status}`);
      expect(ids(list), status).toEqual(expected('2026-Q3', (a) => a.status === status));
      expect(list.total).toBe(list.items.length);
    }
  });

  it('matches a part of the owner’s name and searches q in title, description and owner, ignoring case', async () => {
    const owner = mockData().actions[0]?.owner ?? '';
    const surname = owner.split(' ').at(-1) ?? '';
    const byOwner = await listOf(`?owner=${encodeURIComponent(surname.toUpperCase())}`);
    expect(byOwner.total).toBeGreaterThan(0);
    expect(ids(byOwner)).toEqual(expected('2026-Q3', (a) => a.owner.toLowerCase().includes(surname.toLowerCase())));

    const word = 'teachers';
    const has = (a: Action) => [a.title, a.description, a.owner].some((text) => text.toLowerCase().includes(word));
    const byText = await listOf('?q=TEACHERS');
    expect(byText.total).toBeGreaterThan(0);
    expect(byText.total).toBeLessThan(mockData().actions.length);
    expect(ids(byText)).toEqual(expected('2026-Q3', has));
    expect(ids(await listOf(`?q=${encodeURIComponent(surname)}`))).toEqual(ids(byOwner));
  });

  it('narrows with each filter added', async () => {
    const one = await listOf('?priority=teachers-leaders');
    const two = await listOf('?priority=teachers-leaders&focusArea=programs-projects');
    const status: StatusId = two.items[0]?.status ?? 'on-track';
    const three = await listOf(`?priority=teachers-leaders&focusArea=programs-projects&status=${status}`);
    expect(two.total).toBeGreaterThan(0);
    expect(two.total).toBeLessThan(one.total);
    expect(three.total).toBeGreaterThan(0);
    expect(three.total).toBeLessThanOrEqual(two.total);
    expect(ids(three).every((id) => ids(two).includes(id))).toBe(true);
    expect(ids(three)).toEqual(
      expected('2026-Q3', (a) => a.priorityId === 'teachers-leaders' && a.focusAreaId === 'programs-projects' && a.status === status),
    );
    expect((await listOf('?priority=wellness&focusArea=voice-agency&q=zzzz-no-such-words')).total).toBe(0);
  });

  it('gives the statuses as of the asked quarter', async () => {
    const early = await listOf('?quarter=2024-Q2');
    expect(early).toMatchObject({ asOf: '2024-Q2', latestReported: '2026-Q3' });
    const records = new Map(mockData().actions.map((r) => [r.id, r]));
    for (const action of early.items) {
      const record = records.get(action.id);
      expect(record).toBeDefined();
      if (record) expect(action).toEqual(actionAsOf(record, '2024-Q2'));
    }
    const completed = async (quarter: string) => (await listOf(`?status=completed&quarter=${quarter}`)).total;
    expect(await completed('2024-Q2')).toBeLessThan(await completed('2026-Q3'));
    expect(ids(await listOf('?status=not-started&quarter=2023-Q3'))).toEqual(expected('2023-Q3', (a) => a.status === 'not-started'));
  });

  it('reads the first value of a repeated parameter', async () => {
    expect(ids(await listOf('?priority=wellness&priority=technology'))).toEqual(expected('2026-Q3', (a) => a.priorityId === 'wellness'));
  });

  it.each([
    ['an unknown priority', 'priority', 'happiness', /^must be one of: teachers-leaders, /],
    ['an unknown focus area', 'focusArea', 'fun', /^must be one of: strategic-alignment, /],
    ['an unknown status', 'status', 'done', /^must be one of: not-started, /],
    ['a quarter out of range', 'quarter', '2025-Q5', /^must be a quarter like 2025-Q3$/],
    ['a word for a quarter', 'quarter', 'latest', /^must be a quarter like 2025-Q3$/],
    ['a quarter before the plan', 'quarter', '2023-Q2', /^must be within the plan period, 2023-Q3 to 2027-Q2$/],
    ['a quarter after the plan', 'quarter', '2027-Q3', /^must be within the plan period, 2023-Q3 to 2027-Q2$/],
    ['q of 201 characters', 'q', 'x'.repeat(201), /^must be at most 200 characters$/],
    ['owner of 201 characters', 'owner', 'x'.repeat(201), /^must be at most 200 characters$/],
  ])('rejects %s with a 400 naming the field', async (_label, field, value, why) => {
    const error = await getError(`/api/actions?${field}=${value}`, 400, 'bad_request');
    expect(Object.keys(error.fields ?? {})).toEqual([field]);
    expect(error.fields?.[field]).toMatch(why);
    expect(error.message).toContain(field);
  });

  it('names every bad field of one request', async () => {
    const error = await getError('/api/actions?priority=x&status=y&quarter=z', 400, 'bad_request');
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['priority', 'quarter', 'status']);
  });

  it('accepts q of exactly 200 characters', async () => {
    expect((await listOf(`?q=${'x'.repeat(200)}`)).total).toBe(0);
  });
});

describe('GET /api/actions: student group, due, sort and pages', () => {
  const all = () => mockData().actions.map((record) => actionAsOf(record, '2026-Q3'));
  const rank = <T>(list: readonly T[]) => (item: T) => list.indexOf(item);
  // The plan's order, worked out here: priority, focus area, title, id.
  const planOrder = (a: Action, b: Action) =>
    rank(priorityIds)(a.priorityId) - rank(priorityIds)(b.priorityId) ||
    rank(focusAreaIds)(a.focusAreaId) - rank(focusAreaIds)(b.focusAreaId) ||
    a.title.localeCompare(b.title, 'en-US', { numeric: true }) ||
    a.id.localeCompare(b.id, 'en-US', { numeric: true });

  it('says how many actions match and how many the plan has', async () => {
    const list = await listOf('?status=at-risk');
    expect(list.total).toBe(all().filter((a) => a.status === 'at-risk').length);
    expect(list.unfilteredTotal).toBe(mockData().actions.length);
    expect(list).toMatchObject({ page: 1, pageSize: null });
  });

  it('keeps the actions that list a student group', async () => {
    const list = await listOf('?studentGroup=english-learners');
    expect(list.total).toBeGreaterThan(0);
    expect(ids(list)).toEqual(expected('2026-Q3', (a) => a.studentGroups.includes('english-learners')));
  });

  it('keeps the actions due in a quarter or before it', async () => {
    const list = await listOf('?due=2025-Q4');
    expect(list.total).toBeGreaterThan(0);
    expect(list.total).toBeLessThan(mockData().actions.length);
    expect(ids(list)).toEqual(expected('2026-Q3', (a) => a.dueQuarter <= '2025-Q4'));
  });

  it('sorts by a column, ties in the plan’s order, and descending with a minus', async () => {
    const byDue = (await listOf('?sort=dueQuarter')).items;
    expect(byDue.map((a) => a.id)).toEqual([...all()].sort((a, b) => a.dueQuarter.localeCompare(b.dueQuarter) || planOrder(a, b)).map((a) => a.id));
    const byDueDown = (await listOf('?sort=-dueQuarter')).items;
    expect(byDueDown.map((a) => a.id)).toEqual([...all()].sort((a, b) => b.dueQuarter.localeCompare(a.dueQuarter) || planOrder(a, b)).map((a) => a.id));
    const byPercent = (await listOf('?sort=-percentComplete&focusArea=community-building')).items;
    expect(byPercent.map((a) => a.id)).toEqual(
      all()
        .filter((a) => a.focusAreaId === 'community-building')
        .sort((a, b) => b.percentComplete - a.percentComplete || planOrder(a, b))
        .map((a) => a.id),
    );
  });

  it('answers one page at a time, every match once across the pages', async () => {
    const sorted = [...all()].sort((a, b) => a.owner.localeCompare(b.owner, 'en-US') || planOrder(a, b)).map((a) => a.id);
    const pages = [];
    for (let page = 1; page <= Math.ceil(sorted.length / 30); page += 1) pages.push(await listOf(`?sort=owner&pageSize=30&page=${page}`));
    expect(pages.map((p) => p.items.length)).toEqual(pages.map((_, i) => Math.min(30, sorted.length - i * 30)));
    expect(pages.flatMap((p) => p.items.map((a) => a.id))).toEqual(sorted);
    expect(pages.every((p) => p.total === sorted.length && p.pageSize === 30)).toBe(true);
    expect(pages.map((p) => p.page)).toEqual(pages.map((_, i) => i + 1));
    const past = await listOf(`?sort=owner&pageSize=30&page=${pages.length + 1}`);
    expect(past).toMatchObject({ items: [], total: sorted.length, page: pages.length + 1 });
  });

  it('combines every filter with sorting and paging', async () => {
    const keep = (a: Action) => a.dueQuarter <= '2026-Q4' && a.studentGroups.includes('all-students') && a.owner.toLowerCase().includes('a');
    const list = await listOf('?due=2026-Q4&studentGroup=all-students&owner=a&sort=-title&pageSize=3&page=2');
    const matching = all()
      .filter(keep)
      .sort((a, b) => b.title.localeCompare(a.title, 'en-US', { numeric: true }) || planOrder(a, b));
    expect(matching.length).toBeGreaterThan(6);
    expect(list.total).toBe(matching.length);
    expect(list.items.map((a) => a.id)).toEqual(matching.slice(3, 6).map((a) => a.id));
  });

  it.each([
    ['an unknown sort', 'sort', 'dueDate', /^must be one of: title, priority, /],
    ['page 0', 'page', '0', /^must be at least 1$/],
    ['a negative page', 'page', '-2', /^must be a whole number$/],
    ['a page that is not a number', 'page', 'two', /^must be a whole number$/],
    ['pageSize 10000', 'pageSize', '10000', /^must be at most 200$/],
    ['pageSize 0', 'pageSize', '0', /^must be at least 1$/],
    ['pageSize 2.5', 'pageSize', '2.5', /^must be a whole number$/],
    ['an unknown student group', 'studentGroup', 'martians', /^must be one of: all-students, english-learners, /],
    ['a due quarter that is no quarter', 'due', 'soon', /^must be a quarter like 2025-Q3$/],
  ])('rejects %s with a 400 naming the field', async (_label, field, value, why) => {
    const error = await getError(`/api/actions?${field}=${value}`, 400, 'bad_request');
    expect(Object.keys(error.fields ?? {})).toEqual([field]);
    expect(error.fields?.[field]).toMatch(why);
  });

  it('accepts the largest page size', async () => {
    expect((await listOf('?pageSize=200')).items).toHaveLength(Math.min(200, mockData().actions.length));
  });
});

describe('GET /api/actions/:id', () => {
  it('gives one action with its updates, newest first, as of the latest reported quarter', async () => {
    const record = mockData().actions.find((a) => a.updates.length >= 2);
    expect(record).toBeDefined();
    if (!record) return;
    const { status, body } = await getJson(`/api/actions/${record.id}`);
    expect(status).toBe(200);
    const detail = ActionDetail.parse(body);
    expect(detail).toMatchObject({ ...actionAsOf(record, '2026-Q3'), asOf: '2026-Q3', latestReported: '2026-Q3' });
    expect(detail.updates.map((u) => u.quarter)).toEqual(record.updates.map((u) => u.quarter).sort().reverse());
  });

  it('gives the status as of the asked quarter', async () => {
    const record = mockData().actions.find((a) => a.updates.length > 0 && a.updates[0]?.quarter !== '2023-Q3');
    if (!record) throw new Error('the sample data should have an action that started after the plan began');
    const detail = ActionDetail.parse((await getJson(`/api/actions/${record.id}?quarter=2023-Q3`)).body);
    expect(detail).toMatchObject({ status: 'not-started', percentComplete: 0, lastUpdateQuarter: null });
  });

  it('answers an unknown id with a 404 in the error shape', async () => {
    const error = await getError('/api/actions/a-999', 404, 'not_found');
    expect(error.message).toContain('a-999');
  });

  it('rejects a bad or out-of-plan quarter with a 400 naming it', async () => {
    const id = mockData().actions[0]?.id ?? '';
    expect((await getError(`/api/actions/${id}?quarter=Q3`, 400, 'bad_request')).fields).toHaveProperty('quarter');
    expect((await getError(`/api/actions/${id}?quarter=2031-Q1`, 400, 'bad_request')).fields?.quarter).toMatch(/plan period/);
  });
});
