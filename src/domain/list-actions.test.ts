import { describe, expect, it } from 'vitest';
import { aRecord, anUpdate } from '../../tests/action-fixtures';
import { listActions } from './list-actions';

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

  it('echoes the quarter it is as of and the latest reported quarter', () => {
    expect(listActions(records, {}, '2025-Q2', '2026-Q3')).toMatchObject({ asOf: '2025-Q2', latestReported: '2026-Q3' });
    expect(listActions([], {}, '2023-Q3', null)).toEqual({ items: [], total: 0, asOf: '2023-Q3', latestReported: null });
  });

  it('leaves the records it was given as they were', () => {
    const ids = records.map((r) => r.id);
    listActions(records, {}, '2026-Q3', '2026-Q3');
    expect(records.map((r) => r.id)).toEqual(ids);
  });
});
