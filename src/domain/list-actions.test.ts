import { describe, expect, it } from 'vitest';
import { aRecord, anUpdate } from '../../tests/action-fixtures';
import { defaultActionPageSize } from '../contract/actions';
import { listActions, selectActions } from './list-actions';

// Deliberately out of the plan's order.
const records = [
  aRecord({ id: 'tech-b', title: 'Device refresh', priorityId: 'technology', focusAreaId: 'strategic-alignment' }),
  aRecord({
    id: 'well-va',
    title: 'Student wellness ambassadors',
    priorityId: 'wellness',
    focusAreaId: 'voice-agency',
    updates: [anUpdate('2024-Q2', 'on-track', 20), anUpdate('2025-Q1', 'completed', 100)],
  }),
  aRecord({
    id: 'teach-pp-z',
    title: 'Zero-period coaching',
    priorityId: 'teachers-leaders',
    focusAreaId: 'programs-projects',
    updates: [anUpdate('2024-Q3', 'at-risk', 15)],
  }),
  aRecord({ id: 'well-sa', title: 'Counseling agreement', priorityId: 'wellness', focusAreaId: 'strategic-alignment' }),
  aRecord({ id: 'tech-a', title: 'coding clubs', priorityId: 'technology', focusAreaId: 'strategic-alignment' }),
  aRecord({ id: 'teach-pp-a', title: 'Apprentice teachers', priorityId: 'teachers-leaders', focusAreaId: 'programs-projects' }),
  aRecord({ id: 'teach-sa', title: 'Hiring fairs', priorityId: 'teachers-leaders', focusAreaId: 'strategic-alignment' }),
];

describe('listActions', () => {
  it('lists in the plan’s order: priority, then focus area, then title', () => {
    const list = listActions(records, {}, '2026-Q3', '2026-Q3');
    expect(list.items.map((a) => a.id)).toEqual(['teach-sa', 'teach-pp-a', 'teach-pp-z', 'well-sa', 'well-va', 'tech-a', 'tech-b']);
  });

  it('gives each item its status as of the asked quarter', () => {
    const byId = (quarter: string) => new Map(listActions(records, {}, quarter, '2026-Q3').items.map((a) => [a.id, a]));
    expect(byId('2024-Q1').get('well-va')).toMatchObject({ status: 'not-started', percentComplete: 0, lastUpdateQuarter: null });
    expect(byId('2024-Q4').get('well-va')).toMatchObject({ status: 'on-track', percentComplete: 20, lastUpdateQuarter: '2024-Q2' });
    expect(byId('2026-Q3').get('well-va')).toMatchObject({ status: 'completed', percentComplete: 100 });
    expect(byId('2026-Q3').get('teach-pp-z')).toMatchObject({ status: 'at-risk', lastUpdateQuarter: '2024-Q3' });
  });

  it('filters on the status as of the asked quarter', () => {
    expect(listActions(records, { status: 'completed' }, '2026-Q3', '2026-Q3').items.map((a) => a.id)).toEqual(['well-va']);
    expect(listActions(records, { status: 'completed' }, '2024-Q4', '2026-Q3').items).toEqual([]);
    expect(listActions(records, { status: 'on-track' }, '2024-Q4', '2026-Q3').items.map((a) => a.id)).toEqual(['well-va']);
  });

  it('counts exactly the items it returns', () => {
    for (const filters of [{}, { priority: 'wellness' as const }, { q: 'coaching' }, { priority: 'respond-to-change' as const }]) {
      const list = listActions(records, filters, '2026-Q3', '2026-Q3');
      expect(list.total).toBe(list.items.length);
    }
    expect(listActions(records, { priority: 'wellness' }, '2026-Q3', '2026-Q3').total).toBe(2);
    expect(listActions(records, { priority: 'respond-to-change' }, '2026-Q3', '2026-Q3').total).toBe(0);
  });

  it('answers pages of the default size when none is asked, so no list is the whole plan', () => {
    const many = Array.from({ length: defaultActionPageSize + 7 }, (_, i) => aRecord({ id: `a-${String(i).padStart(3, '0')}`, title: `Action ${String(i).padStart(3, '0')}` }));
    const first = listActions(many, {}, '2026-Q3', '2026-Q3');
    expect(first).toMatchObject({ total: defaultActionPageSize + 7, page: 1, pageSize: defaultActionPageSize });
    expect(first.items).toHaveLength(defaultActionPageSize);
    expect(listActions(many, { page: 2 }, '2026-Q3', '2026-Q3').items.map((a) => a.id)).toEqual(many.slice(defaultActionPageSize).map((r) => r.id));
  });

  it('echoes the quarter it is as of and the latest reported quarter', () => {
    expect(listActions(records, {}, '2025-Q2', '2026-Q3')).toMatchObject({ asOf: '2025-Q2', latestReported: '2026-Q3' });
    expect(listActions([], {}, '2023-Q3', null)).toEqual({
      items: [],
      total: 0,
      unfilteredTotal: 0,
      page: 1,
      pageSize: defaultActionPageSize,
      asOf: '2023-Q3',
      latestReported: null,
    });
  });

  it('leaves the records it was given as they were', () => {
    const ids = records.map((r) => r.id);
    listActions(records, {}, '2026-Q3', '2026-Q3');
    expect(records.map((r) => r.id)).toEqual(ids);
  });

  it('counts every matching action in total and every action in unfilteredTotal', () => {
    const list = listActions(records, { priority: 'wellness', pageSize: 1 }, '2026-Q3', '2026-Q3');
    expect(list).toMatchObject({ total: 2, unfilteredTotal: records.length, page: 1, pageSize: 1 });
    expect(list.items).toHaveLength(1);
    // The server narrows the records in SQL first and says how many the plan has.
    expect(listActions(records.slice(0, 2), {}, '2026-Q3', '2026-Q3', 120).unfilteredTotal).toBe(120);
  });

  it('pages through the sorted matches: every match once, in order', () => {
    const sorted = selectActions(records, { sort: '-title' }, '2026-Q3').map((a) => a.id);
    const pages = [1, 2, 3, 4].map((page) => listActions(records, { sort: '-title', page, pageSize: 2 }, '2026-Q3', '2026-Q3'));
    expect(pages.map((p) => p.items.length)).toEqual([2, 2, 2, 1]);
    expect(pages.flatMap((p) => p.items.map((a) => a.id))).toEqual(sorted);
    expect(pages.every((p) => p.total === records.length)).toBe(true);
    expect(listActions(records, { sort: '-title', page: 5, pageSize: 2 }, '2026-Q3', '2026-Q3')).toMatchObject({ items: [], total: 7, page: 5 });
  });

  it('sorts before it pages, and filters before it sorts', () => {
    const list = listActions(records, { priority: 'teachers-leaders', sort: '-title', page: 1, pageSize: 2 }, '2026-Q3', '2026-Q3');
    expect(list.items.map((a) => a.id)).toEqual(['teach-pp-z', 'teach-sa']);
    expect(list.total).toBe(3);
  });
});

describe('selectActions', () => {
  it('gives every match in the asked order, with no paging', () => {
    expect(selectActions(records, {}, '2026-Q3').map((a) => a.id)).toEqual(listActions(records, {}, '2026-Q3', null).items.map((a) => a.id));
    expect(selectActions(records, { sort: 'status' }, '2026-Q3').map((a) => [a.id, a.status])).toEqual([
      ['teach-sa', 'not-started'],
      ['teach-pp-a', 'not-started'],
      ['well-sa', 'not-started'],
      ['tech-a', 'not-started'],
      ['tech-b', 'not-started'],
      ['teach-pp-z', 'at-risk'],
      ['well-va', 'completed'],
    ]);
  });
});
