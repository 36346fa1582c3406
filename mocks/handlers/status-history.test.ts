import { describe, expect, it } from 'vitest';
import { statusIds, type StatusId } from '../../src/contract/ids';
import { StatusHistory } from '../../src/contract/status-history';
import { actionAsOf } from '../../src/domain/action-record';
import { getError, getJson } from '../../tests/api-fetch';
import { mockData } from '../data';

async function historyOf(search: string) {
  const { status, body } = await getJson(`/api/status-history${search}`);
  expect(status).toBe(200);
  return StatusHistory.parse(body);
}

// Counted here straight from the mock data, independently of the roll-up code.
function countsAt(quarter: string, priority?: string, focusArea?: string): Record<StatusId, number> {
  const counts = Object.fromEntries(statusIds.map((id) => [id, 0])) as Record<StatusId, number>;
  for (const record of mockData().actions) {
    if (priority !== undefined && record.priorityId !== priority) continue;
    if (focusArea !== undefined && record.focusAreaId !== focusArea) continue;
    counts[actionAsOf(record, quarter).status] += 1;
  }
  return counts;
}

const planQuarters = [
  '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2',
  '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2',
];

describe('GET /api/status-history', () => {
  it('has one entry for each of the 16 quarters of the plan, reported up to the latest quarter with updates', async () => {
    const history = await historyOf('');
    expect(history.quarters.map((q) => q.quarter)).toEqual(planQuarters);
    const reportedUpTo = planQuarters.indexOf('2026-Q3');
    expect(history.quarters.map((q) => q.reported)).toEqual(planQuarters.map((_, index) => index <= reportedUpTo));
  });

  it('counts every action in every reported quarter, as of that quarter', async () => {
    const history = await historyOf('');
    for (const entry of history.quarters.filter((q) => q.reported)) {
      expect(entry.counts, entry.quarter).toEqual(countsAt(entry.quarter));
      expect(Object.values(entry.counts).reduce((sum, n) => sum + n, 0)).toBe(mockData().actions.length);
    }
  });

  it('counts nothing in quarters not yet reported, rather than drawing them as zero', async () => {
    const history = await historyOf('');
    for (const entry of history.quarters.filter((q) => !q.reported)) {
      expect(Object.values(entry.counts).every((n) => n === 0), entry.quarter).toBe(true);
    }
  });

  it('moves over time', async () => {
    const history = await historyOf('');
    const at = (quarter: string) => history.quarters.find((q) => q.quarter === quarter)?.counts;
    expect(at('2023-Q3')?.completed).toBe(0);
    expect(at('2026-Q3')?.completed).toBeGreaterThan(at('2024-Q2')?.completed ?? 0);
  });

  it('counts only one priority, one focus area, or one cell when asked', async () => {
    for (const [search, priority, focusArea] of [
      ['?priority=opportunities', 'opportunities', undefined],
      ['?focusArea=community-building', undefined, 'community-building'],
      ['?priority=respond-to-change&focusArea=voice-agency', 'respond-to-change', 'voice-agency'],
    ] as const) {
      const history = await historyOf(search);
      expect(history.quarters).toHaveLength(16);
      for (const entry of history.quarters.filter((q) => q.reported)) {
        expect(entry.counts, `${search} ${entry.quarter}`).toEqual(countsAt(entry.quarter, priority, focusArea));
      }
      const total = Object.values(history.quarters[0]?.counts ?? {}).reduce((sum, n) => sum + n, 0);
      expect(total).toBeGreaterThan(0);
      expect(total).toBeLessThan(mockData().actions.length);
    }
  });

  it('keeps the plan-wide reported quarters for a filtered view', async () => {
    const history = await historyOf('?priority=technology&focusArea=voice-agency');
    expect(history.quarters.filter((q) => q.reported).at(-1)?.quarter).toBe('2026-Q3');
  });

  it.each([
    ['priority', 'happiness'],
    ['focusArea', 'fun'],
  ])('rejects an unknown %s with a 400 naming it', async (field, value) => {
    const error = await getError(`/api/status-history?${field}=${value}`, 400, 'bad_request');
    expect(Object.keys(error.fields ?? {})).toEqual([field]);
    expect(error.fields?.[field]).toMatch(/^must be one of: /);
  });
});
