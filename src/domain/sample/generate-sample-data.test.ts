import { describe, expect, it } from 'vitest';
import { ActionDetail } from '../../contract/actions';
import { Benchmark } from '../../contract/benchmarks';
import { statusIds } from '../../contract/ids';
import { actionAsOf, actionDetailAsOf, type ActionRecord } from '../action-record';
import { pefPlan } from '../pef-plan';
import { compareQuarters, isInPeriod, quarterEndDate } from '../quarters';
import { countStatuses } from '../status-counts';
import { ownerKey } from '../owner-key';
import { demoAccounts } from './demo-accounts';
import { generateSampleData, type SampleData } from './generate-sample-data';

const today = new Date('2026-11-22T12:00:00Z');
const lastComplete = '2026-Q3';
const data = generateSampleData(pefPlan, today);
const asOf = (quarter: string) => data.actions.map((record) => actionAsOf(record, quarter));
const quartersAgo = (quarter: string) => compareQuarters(lastComplete, quarter);

// The rules every generated data set keeps, whatever the date.
function expectConsistent(sample: SampleData, date: Date) {
  const { period } = pefPlan;
  expect(isInPeriod(sample.lastReported ?? period.startQuarter, period)).toBe(true);
  for (const action of sample.actions) {
    expect(isInPeriod(action.startQuarter, period)).toBe(true);
    expect(isInPeriod(action.dueQuarter, period)).toBe(true);
    expect(compareQuarters(action.dueQuarter, action.startQuarter)).toBeGreaterThanOrEqual(0);
    for (const update of action.updates) {
      expect(compareQuarters(update.quarter, action.startQuarter)).toBeGreaterThanOrEqual(0);
      expect(sample.lastReported).not.toBeNull();
      expect(compareQuarters(update.quarter, sample.lastReported ?? '')).toBeLessThanOrEqual(0);
      const created = new Date(update.createdAt);
      expect(created.getTime()).toBeLessThanOrEqual(date.getTime());
      // Reported once the quarter is over.
      expect(created.getTime()).toBeGreaterThan(quarterEndDate(update.quarter).getTime());
    }
    expect(ActionDetail.safeParse(actionDetailAsOf(action, sample.lastReported ?? period.startQuarter, sample.lastReported)).success).toBe(true);
  }
  for (const benchmark of sample.benchmarks) expect(Benchmark.safeParse(benchmark).success).toBe(true);
}

describe('generateSampleData', () => {
  it('is deterministic: the same seed and date give the same data, another seed other data', () => {
    expect(generateSampleData(pefPlan, new Date(today))).toEqual(data);
    expect(generateSampleData(pefPlan, today, 7)).not.toEqual(data);
    expect(data.lastReported).toBe(lastComplete);
  });

  it('keeps the past as it was when time moves on', () => {
    const later = generateSampleData(pefPlan, new Date('2027-05-10T12:00:00Z'));
    expect(later.lastReported).toBe('2027-Q1');
    const fields = ({ updates: _updates, ...rest }: ActionRecord) => rest;
    expect(later.actions.map(fields)).toEqual(data.actions.map(fields));
    const upToNow = later.actions.map((a) => a.updates.filter((u) => compareQuarters(u.quarter, lastComplete) <= 0));
    expect(upToNow).toEqual(data.actions.map((a) => a.updates));
    for (const [index, benchmark] of data.benchmarks.entries()) {
      const reported = benchmark.years.filter((y) => y.actual !== null);
      expect(later.benchmarks[index]?.years.slice(0, reported.length)).toEqual(reported);
      const groupValues = (b: typeof benchmark | undefined) => b?.groups.map((g) => g.values.slice(0, reported.length));
      expect(groupValues(later.benchmarks[index])).toEqual(groupValues(benchmark));
    }
  });

  it('has 80 to 120 actions, with unique ids, at least one in each of the 24 cells', () => {
    expect(data.actions.length).toBeGreaterThanOrEqual(80);
    expect(data.actions.length).toBeLessThanOrEqual(120);
    expect(new Set(data.actions.map((a) => a.id)).size).toBe(data.actions.length);
    for (const priority of pefPlan.priorities) {
      for (const focusArea of pefPlan.focusAreas) {
        const inCell = data.actions.filter((a) => a.priorityId === priority.id && a.focusAreaId === focusArea.id);
        expect(inCell.length, `${priority.id} × ${focusArea.id}`).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('has every status as of the last complete quarter, and a mix that changes over time', () => {
    const now = countStatuses(asOf(lastComplete).map((a) => a.status));
    for (const status of statusIds) expect(now[status], status).toBeGreaterThan(0);
    const then = countStatuses(asOf('2024-Q2').map((a) => a.status));
    expect(now.completed).toBeGreaterThan(then.completed);
    expect(now['not-started']).toBeLessThan(then['not-started']);
  });

  it('has late actions and stalled ones', () => {
    const open = asOf(lastComplete).filter((a) => a.status !== 'completed');
    const late = open.filter((a) => compareQuarters(a.dueQuarter, lastComplete) < 0);
    const stalled = open.filter(
      (a) => a.status === 'off-track' || (a.lastUpdateQuarter !== null && quartersAgo(a.lastUpdateQuarter) >= 2),
    );
    expect(late.length).toBeGreaterThan(0);
    expect(stalled.length).toBeGreaterThan(0);
  });

  it('reports each quarter at most once, from the start to the last complete quarter, and never after completion', () => {
    for (const action of data.actions) {
      const quarters = action.updates.map((u) => u.quarter);
      expect(new Set(quarters).size).toBe(quarters.length);
      for (const quarter of quarters) {
        expect(compareQuarters(quarter, action.startQuarter)).toBeGreaterThanOrEqual(0);
        expect(compareQuarters(quarter, lastComplete)).toBeLessThanOrEqual(0);
        expect(isInPeriod(quarter, pefPlan.period)).toBe(true);
      }
      const completed = action.updates.find((u) => u.status === 'completed');
      if (completed) expect(action.updates.every((u) => compareQuarters(u.quarter, completed.quarter) <= 0)).toBe(true);
    }
  });

  it('gives percentages within 0–100, exactly 100 when completed, and a note to every at-risk or off-track update', () => {
    const updates = data.actions.flatMap((a) => a.updates);
    for (const update of updates) {
      expect(Number.isInteger(update.percentComplete)).toBe(true);
      expect(update.percentComplete).toBeGreaterThanOrEqual(0);
      expect(update.percentComplete).toBeLessThanOrEqual(100);
      expect(update.percentComplete === 100).toBe(update.status === 'completed');
      if (update.status === 'at-risk' || update.status === 'off-track') expect(update.note.trim()).not.toBe('');
      expect(new Date(update.createdAt).toISOString()).toBe(update.createdAt);
      expect(new Date(update.createdAt).getTime()).toBeLessThanOrEqual(today.getTime());
    }
  });

  it('places each action under a strategy of its own priority, none for “Respond to change”, and serves some students', () => {
    for (const action of data.actions) {
      const priority = pefPlan.priorities.find((p) => p.id === action.priorityId);
      if (action.strategyId !== null) expect(priority?.strategies.map((s) => s.id)).toContain(action.strategyId);
      if (action.priorityId === 'respond-to-change') expect(action.strategyId).toBeNull();
      expect(action.studentGroups.length).toBeGreaterThanOrEqual(1);
    }
    expect(data.actions.some((a) => a.strategyId !== null)).toBe(true);
  });

  it('has 2–3 benchmarks per priority with targets for the 4 school years and actuals for those already over', () => {
    for (const priority of pefPlan.priorities) {
      const count = data.benchmarks.filter((b) => b.priorityId === priority.id).length;
      expect(count, priority.id).toBeGreaterThanOrEqual(2);
      expect(count, priority.id).toBeLessThanOrEqual(3);
    }
    expect(new Set(data.benchmarks.map((b) => b.id)).size).toBe(data.benchmarks.length);
    for (const benchmark of data.benchmarks) {
      expect(benchmark.baseline.schoolYear).toBe('2022-23');
      expect(benchmark.years.map((y) => y.schoolYear)).toEqual(['2023-24', '2024-25', '2025-26', '2026-27']);
      expect(benchmark.years.map((y) => y.actual !== null)).toEqual([true, true, true, false]);
      expect(benchmark.years.every((y) => y.target !== null)).toBe(true);
      for (const group of benchmark.groups) expect(group.values.map((v) => v.actual !== null)).toEqual([true, true, true, false]);
      if (benchmark.unit === 'percent') {
        const values = [benchmark.baseline.value, ...benchmark.years.flatMap((y) => [y.target, y.actual])];
        values.push(...benchmark.groups.flatMap((g) => g.values.map((v) => v.actual)));
        for (const value of values) if (value !== null) expect(value >= 0 && value <= 100, `${benchmark.id}: ${value}`).toBe(true);
      }
    }
  });

  it('marks every record as sample data and fits the API contract', () => {
    expect(data.actions.every((a) => a.sample)).toBe(true);
    expect(data.benchmarks.every((b) => b.sample)).toBe(true);
    expectConsistent(data, today);
  });

  it('works early in the plan, reporting only its first quarter', () => {
    const date = new Date('2023-10-05T12:00:00Z');
    const early = generateSampleData(pefPlan, date);
    expect(early.lastReported).toBe('2023-Q3');
    expect(early.actions.flatMap((a) => a.updates).every((u) => u.quarter === '2023-Q3')).toBe(true);
    expect(early.actions.some((a) => a.updates.length > 0)).toBe(true);
    expect(early.benchmarks.every((b) => b.years.every((y) => y.actual === null))).toBe(true);
    expectConsistent(early, date);
  });

  it('works after the plan, reporting up to its last quarter and no further', () => {
    const date = new Date('2028-03-01T12:00:00Z');
    const after = generateSampleData(pefPlan, date);
    expect(after.lastReported).toBe('2027-Q2');
    expect(after.benchmarks.every((b) => b.years.every((y) => y.actual !== null))).toBe(true);
    expectConsistent(after, date);
  });

  it('reports nothing before the plan’s first quarter is over', () => {
    for (const date of [new Date('2023-08-15T12:00:00Z'), new Date('2021-01-01T00:00:00Z')]) {
      const before = generateSampleData(pefPlan, date);
      expect(before.lastReported).toBeNull();
      expect(before.actions.length).toBe(data.actions.length);
      expect(before.actions.every((a) => a.updates.length === 0)).toBe(true);
      expect(before.benchmarks.every((b) => b.years.every((y) => y.actual === null))).toBe(true);
      expectConsistent(before, date);
    }
  });
});

describe('the demo accounts', () => {
  it('give the staff account actions of its own, so its updates due list what that owner has not reported', () => {
    const staff = demoAccounts.find((account) => account.role === 'staff');
    expect(staff).toBeDefined();
    const owned = data.actions.filter((action) => ownerKey(action.owner) === ownerKey(staff?.name ?? ''));
    expect(owned.length).toBeGreaterThan(5);
  });
});
