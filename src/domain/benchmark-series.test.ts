import { describe, expect, it } from 'vitest';
import type { Benchmark, BenchmarkGroupValues } from '../contract/benchmarks';
import { benchmarkTrend, groupSummary, latestGroupSnapshot, niceTicks } from './benchmark-series';

const baseline = { schoolYear: '2022-23', value: 40 };

describe('benchmarkTrend', () => {
  it('gives one point per school year, in order, with the en-dash label', () => {
    const trend = benchmarkTrend({
      baseline,
      years: [
        { schoolYear: '2024-25', target: 44, actual: 43.6 },
        { schoolYear: '2023-24', target: 41, actual: 40.9 },
      ],
    });
    expect(trend.points).toEqual([
      { schoolYear: '2023-24', label: '2023–24', target: 41, actual: 40.9 },
      { schoolYear: '2024-25', label: '2024–25', target: 44, actual: 43.6 },
    ]);
    expect(trend.baseline).toEqual({ label: 'Baseline 2022–23', value: 40 });
    expect(trend.reported).toBe(true);
  });

  it('keeps a missing actual or target null, never zero', () => {
    const trend = benchmarkTrend({
      baseline,
      years: [
        { schoolYear: '2023-24', target: 41, actual: 0 },
        { schoolYear: '2024-25', target: null, actual: null },
        { schoolYear: '2025-26', target: 47, actual: null },
      ],
    });
    expect(trend.points.map((point) => point.actual)).toEqual([0, null, null]);
    expect(trend.points.map((point) => point.target)).toEqual([41, null, 47]);
  });

  it('says when no school year has an actual yet', () => {
    const trend = benchmarkTrend({ baseline, years: [{ schoolYear: '2023-24', target: 41, actual: null }] });
    expect(trend.reported).toBe(false);
    expect(trend.points[0]?.actual).toBeNull();
    expect(benchmarkTrend({ baseline, years: [] }).reported).toBe(false);
  });
});

const groups = (entries: [BenchmarkGroupValues['studentGroupId'], (number | null)[]][]): Pick<Benchmark, 'groups'> => ({
  groups: entries.map(([studentGroupId, actuals]) => ({
    studentGroupId,
    values: actuals.map((actual, index) => ({ schoolYear: ['2023-24', '2024-25', '2025-26'][index] ?? '', actual })),
  })),
});

describe('latestGroupSnapshot', () => {
  it('takes the latest school year any group has a value for, highest value first', () => {
    const snapshot = latestGroupSnapshot(
      groups([
        ['all-students', [20, 18, null]],
        ['foster-youth', [30, 31.2, null]],
        ['asian', [10, 9.8, null]],
        ['english-learners', [22, 18, null]],
      ]),
    );
    expect(snapshot?.schoolYear).toBe('2024-25');
    expect(snapshot?.label).toBe('2024–25');
    expect(snapshot?.bars).toEqual([
      { studentGroupId: 'foster-youth', label: 'Foster youth', actual: 31.2, allStudents: false },
      { studentGroupId: 'all-students', label: 'All students', actual: 18, allStudents: true },
      { studentGroupId: 'english-learners', label: 'English learners', actual: 18, allStudents: false },
      { studentGroupId: 'asian', label: 'Asian', actual: 9.8, allStudents: false },
    ]);
    expect(snapshot?.unreported).toEqual([]);
  });

  it('lists a group without a value that year apart, never as zero', () => {
    const snapshot = latestGroupSnapshot(
      groups([
        ['all-students', [20, 18, 16]],
        ['homeless-youth', [25, 24, null]],
        ['white', [12, 0, 0]],
      ]),
    );
    expect(snapshot?.schoolYear).toBe('2025-26');
    expect(snapshot?.bars.map((bar) => [bar.studentGroupId, bar.actual])).toEqual([
      ['all-students', 16],
      ['white', 0],
    ]);
    expect(snapshot?.unreported).toEqual([{ studentGroupId: 'homeless-youth', label: 'Homeless youth' }]);
  });

  it('is null when no group has a value, or there are no groups', () => {
    expect(latestGroupSnapshot(groups([['all-students', [null, null]]]))).toBeNull();
    expect(latestGroupSnapshot({ groups: [] })).toBeNull();
  });
});

describe('groupSummary', () => {
  it('names the highest and lowest groups and the all-students value', () => {
    const snapshot = latestGroupSnapshot(
      groups([
        ['all-students', [15.4]],
        ['foster-youth', [31.2]],
        ['asian', [9.8]],
      ]),
    );
    if (snapshot === null) throw new Error('expected a snapshot');
    expect(groupSummary(snapshot, 'percent')).toBe('2023–24: highest Foster youth, 31.2%; lowest Asian, 9.8%; all students 15.4%');
  });

  it('leaves out the all-students value when it is not reported, and handles a single group', () => {
    const two = latestGroupSnapshot(groups([['asian', [3]], ['white', [5]]]));
    const one = latestGroupSnapshot(groups([['asian', [1]]]));
    if (two === null || one === null) throw new Error('expected snapshots');
    expect(groupSummary(two, 'days')).toBe('2023–24: highest White, 5 days; lowest Asian, 3 days');
    expect(groupSummary(one, 'days')).toBe('2023–24: Asian, 1 day');
  });
});

describe('niceTicks', () => {
  it('steps by a round amount from below the smallest value to above the largest', () => {
    expect(niceTicks([140, 209, 220, 450])).toEqual([100, 200, 300, 400, 500]);
    expect(niceTicks([91, 93.1, 98])).toEqual([90, 92, 94, 96, 98]);
    expect(niceTicks([18000, 300200, 350000])).toEqual([0, 100000, 200000, 300000, 400000]);
    expect(niceTicks([1, 1.3, 1.25])).toEqual([1, 1.1, 1.2, 1.3]);
  });

  it('keeps decimals exact, without floating-point tails', () => {
    const ticks = niceTicks([0.1, 0.7]);
    expect(ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    for (const tick of niceTicks([1.05, 1.37])) expect(String(tick)).toMatch(/^\d+(\.\d{1,2})?$/);
  });

  it('spreads a single value, never below zero when it is not negative', () => {
    expect(niceTicks([50])).toEqual([45, 47.5, 50, 52.5, 55]);
    expect(niceTicks([0])[0]).toBe(0);
    expect(niceTicks([])).toEqual([0, 1]);
  });

  it('covers the baseline as well as the targets and actuals of a trend', () => {
    const trend = benchmarkTrend({
      baseline: { schoolYear: '2022-23', value: 21 },
      years: [
        { schoolYear: '2023-24', target: 18, actual: 22 },
        { schoolYear: '2024-25', target: 7, actual: null },
      ],
    });
    expect(trend.ticks[0]).toBeLessThanOrEqual(7);
    expect(trend.ticks.at(-1)).toBeGreaterThanOrEqual(22);
  });
});
