import { describe, expect, it } from 'vitest';
import { BenchmarkList } from '../../src/contract/benchmarks';
import { priorityIds } from '../../src/contract/ids';
import { getError, getJson } from '../../tests/api-fetch';
import { mockData } from '../data';

async function benchmarksOf(search: string) {
  const { status, body } = await getJson(`/api/benchmarks${search}`);
  expect(status).toBe(200);
  return BenchmarkList.parse(body);
}

describe('GET /api/benchmarks', () => {
  it('lists every benchmark in the contract’s shape, marked as sample data', async () => {
    const list = await benchmarksOf('');
    expect(list.total).toBe(mockData().benchmarks.length);
    expect(list.items).toHaveLength(list.total);
    expect(list.items.map((b) => b.id)).toEqual(mockData().benchmarks.map((b) => b.id));
    expect(list.items.every((b) => b.sample)).toBe(true);
  });

  it('gives actuals for the school years over by the latest reported quarter and none for 2026-27', async () => {
    const list = await benchmarksOf('');
    for (const benchmark of list.items) {
      expect(benchmark.years.map((y) => [y.schoolYear, y.actual !== null])).toEqual([
        ['2023-24', true],
        ['2024-25', true],
        ['2025-26', true],
        ['2026-27', false],
      ]);
    }
  });

  it('filters by priority', async () => {
    let seen = 0;
    for (const priority of priorityIds) {
      const list = await benchmarksOf(`?priority=${priority}`);
      const expected = mockData().benchmarks.filter((b) => b.priorityId === priority).map((b) => b.id);
      expect(list.items.map((b) => b.id), priority).toEqual(expected);
      expect(list.total).toBe(expected.length);
      expect(list.total, priority).toBeGreaterThanOrEqual(2);
      seen += list.total;
    }
    expect(seen).toBe(mockData().benchmarks.length);
  });

  it('rejects an unknown priority with a 400 naming it', async () => {
    const error = await getError('/api/benchmarks?priority=happiness', 400, 'bad_request');
    expect(error.fields).toEqual({ priority: expect.stringMatching(/^must be one of: teachers-leaders, /) });
  });
});
