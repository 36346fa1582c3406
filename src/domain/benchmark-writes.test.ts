import { describe, expect, it } from 'vitest';
import type { Benchmark } from '../contract/benchmarks';
import { setBenchmarkValue } from './benchmark-writes';
import { pefPlan } from './pef-plan';

const benchmark: Benchmark = {
  id: 'retention',
  priorityId: 'teachers-leaders',
  name: 'Teacher retention rate',
  description: 'Teachers who stay from one year to the next.',
  unit: 'percent',
  direction: 'higher',
  baseline: { schoolYear: '2022-23', value: 80 },
  years: [
    { schoolYear: '2023-24', target: 82, actual: 81 },
    { schoolYear: '2025-26', target: 86, actual: null },
  ],
  groups: [],
  version: 2,
  sample: true,
};
const { period } = pefPlan;

describe('setBenchmarkValue', () => {
  it('sets the fields given, keeps the other, and raises the version', () => {
    const result = setBenchmarkValue(period, benchmark, '2025-26', { actual: 85.5, version: 2 });
    expect(result).toEqual({
      ok: true,
      value: {
        benchmark: { ...benchmark, version: 3, years: [benchmark.years[0], { schoolYear: '2025-26', target: 86, actual: 85.5 }] },
        before: { schoolYear: '2025-26', target: 86, actual: null },
        after: { schoolYear: '2025-26', target: 86, actual: 85.5 },
        changed: true,
      },
    });
  });

  it('adds a school year not yet recorded, in order, and null clears a value', () => {
    const added = setBenchmarkValue(period, benchmark, '2024-25', { target: 84, version: 2 });
    expect(added.ok && added.value.benchmark.years.map((y) => [y.schoolYear, y.target, y.actual])).toEqual([
      ['2023-24', 82, 81],
      ['2024-25', 84, null],
      ['2025-26', 86, null],
    ]);
    const cleared = setBenchmarkValue(period, benchmark, '2023-24', { actual: null, version: 2 });
    expect(cleared.ok && cleared.value.after).toEqual({ schoolYear: '2023-24', target: 82, actual: null });
  });

  it('changes nothing, not even the version, when the figures are already so', () => {
    const result = setBenchmarkValue(period, benchmark, '2023-24', { target: 82, actual: 81, version: 2 });
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ benchmark, changed: false }) });
  });

  it('refuses a school year outside the plan, a stale version, and figures outside the unit’s range', () => {
    const year = setBenchmarkValue(period, benchmark, '2022-23', { target: 1, version: 2 });
    expect(year.ok ? null : year.error.fields).toEqual({ schoolYear: 'must be a school year of the plan: 2023-24, 2024-25, 2025-26, 2026-27' });
    const stale = setBenchmarkValue(period, benchmark, '2023-24', { target: 1, version: 1 });
    expect(stale.ok ? null : stale.error.code).toBe('conflict');
    const range = setBenchmarkValue(period, benchmark, '2023-24', { target: 101, actual: -1, version: 2 });
    expect(range.ok ? null : range.error.fields).toEqual({ target: 'must be a percent from 0 to 100', actual: 'must be a percent from 0 to 100' });
    const count = setBenchmarkValue(period, { ...benchmark, unit: 'count' }, '2023-24', { target: 500, actual: -3, version: 2 });
    expect(count.ok ? null : count.error.fields).toEqual({ actual: 'must not be negative (the unit is count)' });
  });
});
