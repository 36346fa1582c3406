import { describe, expect, it } from 'vitest';
import { Benchmark, BenchmarkList } from '../../src/contract/benchmarks';
import { ApiErrorBody } from '../../src/contract/errors';
import { getJson } from '../../tests/api-fetch';
import { sendJson } from '../../tests/api-send';
import { mockData } from '../data';

function firstBenchmark() {
  const benchmark = mockData().benchmarks.find((b) => b.unit === 'percent');
  if (benchmark === undefined) throw new Error('the sample data should have a percent benchmark');
  return benchmark;
}

describe('PUT /api/benchmarks/:id/values/:schoolYear (mock)', () => {
  it('sets the figure, raises the version, and lists the benchmark so', async () => {
    const benchmark = firstBenchmark();
    const answer = await sendJson('PUT', `/api/benchmarks/${benchmark.id}/values/2026-27`, { actual: 71.5, version: benchmark.version });
    expect(answer.status).toBe(200);
    const saved = Benchmark.parse(answer.body);
    expect(saved.version).toBe(benchmark.version + 1);
    expect(saved.years.find((y) => y.schoolYear === '2026-27')?.actual).toBe(71.5);
    const list = BenchmarkList.parse((await getJson('/api/benchmarks')).body);
    expect(list.items.find((b) => b.id === benchmark.id)).toEqual(saved);
  });

  it.each([
    ['a stale version', '2026-27', { target: 1, version: 99 }, 409, undefined],
    ['a school year outside the plan', '2030-31', { target: 1 }, 400, 'schoolYear'],
    ['a school year badly written', '2026', { target: 1 }, 400, 'schoolYear'],
    ['a percent over 100', '2026-27', { target: 101 }, 400, 'target'],
    ['no figure', '2026-27', {}, 400, 'body'],
  ])('refuses %s, changing nothing', async (_label, year, body, status, field) => {
    const benchmark = firstBenchmark();
    const before = structuredClone(mockData().benchmarks);
    const answer = await sendJson('PUT', `/api/benchmarks/${benchmark.id}/values/${year}`, { version: benchmark.version, ...body });
    expect(answer.status).toBe(status);
    const error = ApiErrorBody.parse(answer.body).error;
    if (field !== undefined) expect(Object.keys(error.fields ?? {})).toEqual([field]);
    expect(mockData().benchmarks).toEqual(before);
  });

  it('answers an unknown benchmark with 404', async () => {
    expect((await sendJson('PUT', '/api/benchmarks/nope/values/2025-26', { target: 1, version: 1 })).status).toBe(404);
  });
});
