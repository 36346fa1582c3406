import { describe, expect, it } from 'vitest';
import type { Update } from '../contract/actions';
import type { Benchmark } from '../contract/benchmarks';
import type { FocusAreaId, PriorityId, StatusId } from '../contract/ids';
import type { ActionRecord } from './action-record';
import { latestCompleteSchoolYear, quarterlyReview } from './quarterly-review';

const period = { startQuarter: '2023-Q3', endQuarter: '2027-Q2' };

type Report = readonly [quarter: string, status: StatusId, percentComplete?: number];

function update([quarter, status, percentComplete = 50]: Report): Update {
  return { quarter, status, percentComplete, note: `${status} in ${quarter}`, author: 'Owner', createdAt: '2025-01-10T17:00:00.000Z' };
}

function action(id: string, reports: readonly Report[], fields: Partial<ActionRecord> = {}): ActionRecord {
  return {
    id,
    title: `Action ${id}`,
    description: '',
    priorityId: 'wellness',
    focusAreaId: 'community-building',
    strategyId: null,
    owner: 'Owner',
    startQuarter: reports[0]?.[0] ?? '2024-Q3',
    dueQuarter: '2026-Q4',
    studentGroups: ['all-students'],
    version: 1,
    sample: true,
    updates: reports.map(update),
    ...fields,
  };
}

const ids = (rows: readonly { actionId: string }[]) => rows.map((row) => row.actionId);

function benchmark(id: string, priorityId: PriorityId, direction: 'higher' | 'lower', target: number | null, actual: number | null): Benchmark {
  return {
    id,
    priorityId,
    name: `Benchmark ${id}`,
    description: '',
    unit: 'percent',
    direction,
    baseline: { schoolYear: '2022-23', value: 50 },
    years: [
      { schoolYear: '2023-24', target: 1, actual: 2 },
      { schoolYear: '2024-25', target, actual },
      { schoolYear: '2025-26', target: 3, actual: null },
    ],
    groups: [],
    version: 1,
    sample: true,
  };
}

describe('quarterlyReview', () => {
  it('compares each action’s status with the previous quarter and keeps the note of the reviewed quarter', () => {
    const records = [
      action('a1', [['2025-Q1', 'on-track', 20], ['2025-Q2', 'at-risk', 25]]),
      action('a2', [['2025-Q1', 'on-track', 30], ['2025-Q2', 'on-track', 45]]),
      action('a3', [['2025-Q1', 'on-track', 30]]),
    ];
    const review = quarterlyReview(records, [], period, '2025-Q2');
    expect(review.quarter).toBe('2025-Q2');
    expect(review.previousQuarter).toBe('2025-Q1');
    expect(review.previousBeforePlan).toBe(false);
    expect(review.previousCounts).toMatchObject({ 'on-track': 3, 'at-risk': 0 });
    expect(review.counts).toMatchObject({ 'on-track': 2, 'at-risk': 1 });
    expect(review.changes).toEqual([
      expect.objectContaining({ actionId: 'a1', from: 'on-track', to: 'at-risk', percentComplete: 25, note: 'at-risk in 2025-Q2' }),
    ]);
    const silent = review.notReported.find((row) => row.actionId === 'a3');
    expect(silent).toMatchObject({ note: null, lastUpdateQuarter: '2025-Q1', percentComplete: 30 });
  });

  it('counts every action from not-started in the plan’s first quarter, even one with an earlier record', () => {
    const records = [
      action('a1', [['2023-Q3', 'on-track', 10]]),
      action('a2', [['2023-Q2', 'on-track', 5], ['2023-Q3', 'on-track', 15]]),
      action('a3', [], { startQuarter: '2024-Q1' }),
    ];
    const review = quarterlyReview(records, [], period, '2023-Q3');
    expect(review.previousQuarter).toBe('2023-Q2');
    expect(review.previousBeforePlan).toBe(true);
    expect(review.previousCounts['not-started']).toBe(3);
    expect(review.changes.map((row) => [row.actionId, row.from, row.to])).toEqual([
      ['a1', 'not-started', 'on-track'],
      ['a2', 'not-started', 'on-track'],
    ]);
    expect(review.notReported).toEqual([]);
  });

  it('lists an action as completed only in the quarter it was completed', () => {
    const records = [action('a1', [['2025-Q1', 'on-track', 60], ['2025-Q2', 'completed', 100], ['2025-Q3', 'at-risk', 90]], { dueQuarter: '2025-Q1' })];
    const inQ2 = quarterlyReview(records, [], period, '2025-Q2');
    expect(ids(inQ2.completed)).toEqual(['a1']);
    expect(inQ2.completed[0]).toMatchObject({ from: 'on-track', to: 'completed', percentComplete: 100 });

    // A later report does not reopen it: not a change, not newly at risk, not overdue, not silent.
    for (const quarter of ['2025-Q3', '2025-Q4']) {
      const later = quarterlyReview(records, [], period, quarter);
      expect(later.counts.completed).toBe(1);
      expect(later.completed).toEqual([]);
      expect(later.changes).toEqual([]);
      expect(later.newlyAtRisk).toEqual([]);
      expect(later.overdue).toEqual([]);
      expect(later.notReported).toEqual([]);
    }
  });

  it('leaves an action that has not started yet out of every list', () => {
    const records = [action('a1', [], { startQuarter: '2026-Q1', dueQuarter: '2026-Q4' })];
    const review = quarterlyReview(records, [], period, '2025-Q3');
    expect(review.counts['not-started']).toBe(1);
    expect(review.previousCounts['not-started']).toBe(1);
    for (const list of [review.changes, review.newlyAtRisk, review.completed, review.overdue, review.notReported]) {
      expect(list).toEqual([]);
    }
  });

  it('shows a deferral as a change but never as overdue or unreported', () => {
    const records = [action('a1', [['2024-Q3', 'on-track', 20], ['2024-Q4', 'deferred', 20]], { dueQuarter: '2025-Q1' })];
    const deferredNow = quarterlyReview(records, [], period, '2024-Q4');
    expect(deferredNow.changes.map((row) => [row.from, row.to])).toEqual([['on-track', 'deferred']]);
    const later = quarterlyReview(records, [], period, '2025-Q3');
    expect(later.counts.deferred).toBe(1);
    expect(later.overdue).toEqual([]);
    expect(later.notReported).toEqual([]);
  });

  it('counts as newly at risk only a move into trouble or deeper into it', () => {
    const records = [
      action('calm-to-risk', [['2025-Q1', 'on-track'], ['2025-Q2', 'at-risk']]),
      action('new-to-off', [['2025-Q2', 'off-track']]),
      action('risk-to-off', [['2025-Q1', 'at-risk'], ['2025-Q2', 'off-track']]),
      action('off-to-risk', [['2025-Q1', 'off-track'], ['2025-Q2', 'at-risk']]),
      action('still-risk', [['2025-Q1', 'at-risk'], ['2025-Q2', 'at-risk']]),
    ];
    const review = quarterlyReview(records, [], period, '2025-Q2');
    expect(ids(review.newlyAtRisk).sort()).toEqual(['calm-to-risk', 'new-to-off', 'risk-to-off']);
    expect(ids(review.changes)).toContain('off-to-risk');
    expect(ids(review.changes)).not.toContain('still-risk');
  });

  it('finds open actions past their due quarter, including ones never reported', () => {
    const records = [
      action('late', [['2024-Q3', 'on-track'], ['2025-Q3', 'at-risk']], { dueQuarter: '2025-Q2' }),
      action('due-now', [['2024-Q3', 'on-track'], ['2025-Q3', 'on-track']], { dueQuarter: '2025-Q3' }),
      action('never', [], { startQuarter: '2024-Q4', dueQuarter: '2025-Q1' }),
    ];
    const review = quarterlyReview(records, [], period, '2025-Q3');
    expect(ids(review.overdue).sort()).toEqual(['late', 'never']);
    expect(ids(review.notReported)).toEqual(['never']);
    expect(review.notReported[0]).toMatchObject({ lastUpdateQuarter: null, to: 'not-started' });
  });

  it('sorts every list in the plan’s order: priority, focus area, title', () => {
    const place = (priorityId: PriorityId, focusAreaId: FocusAreaId, title: string) => ({ priorityId, focusAreaId, title });
    const records = [
      action('x1', [['2025-Q2', 'on-track']], place('respond-to-change', 'strategic-alignment', 'A')),
      action('x2', [['2025-Q2', 'on-track']], place('teachers-leaders', 'voice-agency', 'A')),
      action('x3', [['2025-Q2', 'on-track']], place('teachers-leaders', 'strategic-alignment', 'B')),
      action('x4', [['2025-Q2', 'on-track']], place('teachers-leaders', 'strategic-alignment', 'A')),
    ];
    expect(ids(quarterlyReview(records, [], period, '2025-Q2').changes)).toEqual(['x4', 'x3', 'x2', 'x1']);
  });

  it('takes each benchmark’s target and actual of the latest complete school year', () => {
    const benchmarks = [
      benchmark('absence', 'wellness', 'lower', 18, 16.5),
      benchmark('retention', 'teachers-leaders', 'higher', 87.5, 86),
      benchmark('missing', 'technology', 'higher', 60, null),
    ];
    const review = quarterlyReview([], benchmarks, period, '2025-Q3');
    expect(review.benchmarkSchoolYear).toBe('2024-25');
    expect(review.benchmarks.map((b) => [b.benchmarkId, b.schoolYear, b.target, b.actual, b.met])).toEqual([
      ['retention', '2024-25', 87.5, 86, false],
      ['absence', '2024-25', 18, 16.5, true],
      ['missing', '2024-25', 60, null, null],
    ]);
    expect(review.sample).toBe(true);
  });

  it('has no benchmark figures before the plan’s first school year is complete', () => {
    const review = quarterlyReview([], [benchmark('retention', 'teachers-leaders', 'higher', 87.5, 86)], period, '2023-Q4');
    expect(review.benchmarks[0]).toMatchObject({ schoolYear: '2022-23', target: null, actual: null, met: null });
  });
});

describe('latestCompleteSchoolYear', () => {
  it('completes a school year with the June quarter', () => {
    expect(latestCompleteSchoolYear('2026-Q1')).toBe('2024-25');
    expect(latestCompleteSchoolYear('2026-Q2')).toBe('2025-26');
    expect(latestCompleteSchoolYear('2026-Q3')).toBe('2025-26');
    expect(latestCompleteSchoolYear('2026-Q4')).toBe('2025-26');
    expect(latestCompleteSchoolYear('2000-Q2')).toBe('1999-00');
  });
});
