import { beforeEach, describe, expect, it } from 'vitest';
import { ActionList, type Action } from '../../src/contract/actions';
import { focusAreaIds, priorityIds } from '../../src/contract/ids';
import { actionAsOf } from '../../src/domain/action-record';
import { getJson } from '../../tests/api-fetch';
import { manyActions } from '../../tests/fixtures/many-actions';
import { parseCsv } from '../../tests/parse-csv';
import { mockData } from '../data';

// The list API over 10,000 actions: filtering, sorting and paging happen in
// the API, and every page is right. (How fast: `npm run bench`.)
const count = 10_000;

async function listOf(search: string) {
  const { status, body } = await getJson(`/api/actions${search}`);
  expect(status).toBe(200);
  return ActionList.parse(body);
}

const collator = new Intl.Collator('en-US', { numeric: true });
const planOrder = (a: Action, b: Action) =>
  priorityIds.indexOf(a.priorityId) - priorityIds.indexOf(b.priorityId) ||
  focusAreaIds.indexOf(a.focusAreaId) - focusAreaIds.indexOf(b.focusAreaId) ||
  collator.compare(a.title, b.title) ||
  collator.compare(a.id, b.id);

describe('the action list with 10,000 actions', () => {
  let all: Action[];

  beforeEach(() => {
    mockData().actions = manyActions(count);
    all = mockData().actions.map((record) => actionAsOf(record, '2026-Q3'));
  });

  it('answers the first page and counts all of them', async () => {
    const list = await listOf('?pageSize=200');
    expect(list).toMatchObject({ total: count, unfilteredTotal: count, page: 1, pageSize: 200 });
    expect(list.items.map((a) => a.id)).toEqual([...all].sort(planOrder).slice(0, 200).map((a) => a.id));
  });

  it('answers filtered, sorted pages that together hold every match once, in order', async () => {
    const keep = (a: Action) => a.studentGroups.includes('english-learners') && a.status === 'at-risk';
    const expected = all.filter(keep).sort((a, b) => b.dueQuarter.localeCompare(a.dueQuarter) || planOrder(a, b));
    expect(expected.length).toBeGreaterThan(100);
    const first = await listOf('?studentGroup=english-learners&status=at-risk&sort=-dueQuarter&pageSize=50');
    expect(first).toMatchObject({ total: expected.length, unfilteredTotal: count });
    const pages = [first];
    for (let page = 2; page <= Math.ceil(expected.length / 50); page += 1) {
      pages.push(await listOf(`?studentGroup=english-learners&status=at-risk&sort=-dueQuarter&pageSize=50&page=${page}`));
    }
    expect(pages.flatMap((p) => p.items.map((a) => a.id))).toEqual(expected.map((a) => a.id));
  });

  it('sorts titles with ties, and pages deep into the list', async () => {
    const expected = [...all].sort((a, b) => collator.compare(b.title, a.title) || planOrder(a, b));
    const page = await listOf('?sort=-title&pageSize=50&page=137');
    expect(page.items.map((a) => a.id)).toEqual(expected.slice(136 * 50, 137 * 50).map((a) => a.id));
    const last = await listOf(`?sort=-title&pageSize=200&page=${count / 200}`);
    expect(last.items.map((a) => a.id)).toEqual(expected.slice(-200).map((a) => a.id));
    expect((await listOf(`?sort=-title&pageSize=200&page=${count / 200 + 1}`)).items).toEqual([]);
  });

  it('finds an owner with accents, ignoring case, due by a quarter, sorted by percent complete', async () => {
    const keep = (a: Action) => a.owner.toLocaleLowerCase('en-US').includes('ångström') && a.dueQuarter <= '2025-Q2';
    const expected = all.filter(keep).sort((a, b) => a.percentComplete - b.percentComplete || planOrder(a, b));
    expect(expected.length).toBeGreaterThan(0);
    const list = await listOf(`?owner=${encodeURIComponent('ÅNGSTRÖM')}&due=2025-Q2&sort=percentComplete&pageSize=200`);
    expect(list.total).toBe(expected.length);
    expect(list.items.map((a) => a.id)).toEqual(expected.slice(0, 200).map((a) => a.id));
  });

  it('exports every match of a query in the list’s order', async () => {
    const query = '?priority=technology&focusArea=voice-agency&sort=owner';
    const list = await listOf(`${query}&pageSize=200`);
    expect(list.total).toBeGreaterThan(200);
    const response = await fetch(`http://localhost/api/export/actions.csv${query}`);
    const rows = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
    expect(rows).toHaveLength(list.total + 1);
    expect(rows.slice(1, 201).map((row) => row[0])).toEqual(list.items.map((a) => a.id));
  });
});
