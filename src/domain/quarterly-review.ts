import type { Benchmark } from '../contract/benchmarks';
import { priorityIds, type StatusId } from '../contract/ids';
import type { PlanPeriod } from '../contract/plan';
import { reviewListIds, type QuarterlyReview, type ReviewAction, type ReviewBenchmark, type ReviewListId } from '../contract/review';
import type { StatusCounts } from '../contract/status-history';
import type { ActionRecord } from './action-record';
import { benchmarkMet } from './benchmark-met';
import { compareQuarters, parseQuarter, previousQuarter } from './quarters';
import { compareInPlanOrder } from './sort-actions';
import { statusAsOf } from './status-as-of';
import { countStatuses } from './status-counts';

const troubled: readonly StatusId[] = ['at-risk', 'off-track'];
const closed: readonly StatusId[] = ['completed', 'deferred'];

// The quarters a review compares; `previous` is null when the reviewed quarter
// is the plan's first, so every action counts as coming from not started.
export interface ReviewQuarters {
  readonly quarter: string;
  readonly previous: string | null;
}

export interface ReviewRows {
  readonly counts: StatusCounts;
  readonly previousCounts: StatusCounts;
  readonly lists: Record<ReviewListId, ReviewAction[]>;
  // Whether any action is sample data.
  readonly sample: boolean;
}

// A school year (July to June) is complete at the end of its second calendar
// quarter, so Q2 2026 completes 2025-26 and Q1 2026 has only 2024-25 complete.
export function latestCompleteSchoolYear(quarter: string): string {
  const { year, q } = parseQuarter(quarter);
  const endYear = q >= 2 ? year : year - 1;
  return `${endYear - 1}-${String(endYear % 100).padStart(2, '0')}`;
}

// The review's lists, one rule each; the SQL store counts and pages by them too.
type Move = Pick<ReviewAction, 'from' | 'to'>;

export const isChange = ({ from, to }: Move): boolean => from !== to;

// Worse than before: into at-risk or off-track from anything calmer, or from
// at-risk on to off-track. Off-track easing to at-risk is a change, not news.
export function isNewlyTroubled({ from, to }: Move): boolean {
  if (to === 'off-track') return from !== 'off-track';
  return to === 'at-risk' && !troubled.includes(from);
}

export const isNewlyCompleted = ({ from, to }: Move): boolean => to === 'completed' && from !== 'completed';

// Past its due quarter and neither completed nor deferred.
export function isOverdue(quarter: string, dueQuarter: string, to: StatusId): boolean {
  return compareQuarters(quarter, dueQuarter) > 0 && !closed.includes(to);
}

// Started, still open, and no update filed for the quarter.
export function isUnreported(quarter: string, startQuarter: string, to: StatusId, reportedNow: boolean): boolean {
  return compareQuarters(startQuarter, quarter) <= 0 && !closed.includes(to) && !reportedNow;
}

function reviewAction(record: ActionRecord, quarter: string, previous: string | null): ReviewAction {
  const now = statusAsOf(record.updates, quarter);
  const from = previous === null ? 'not-started' : statusAsOf(record.updates, previous).status;
  const update = record.updates.find((u) => u.quarter === quarter);
  return {
    actionId: record.id,
    title: record.title,
    priorityId: record.priorityId,
    focusAreaId: record.focusAreaId,
    owner: record.owner,
    startQuarter: record.startQuarter,
    dueQuarter: record.dueQuarter,
    from,
    to: now.status,
    percentComplete: now.percentComplete,
    note: update?.note ?? null,
    lastUpdateQuarter: now.quarter,
    sample: record.sample,
  };
}

// A measure's target and actual for one school year, and whether it was met.
export function reviewBenchmark(benchmark: Benchmark, schoolYear: string): ReviewBenchmark {
  const year = benchmark.years.find((y) => y.schoolYear === schoolYear);
  const target = year?.target ?? null;
  const actual = year?.actual ?? null;
  return {
    benchmarkId: benchmark.id,
    name: benchmark.name,
    priorityId: benchmark.priorityId,
    unit: benchmark.unit,
    direction: benchmark.direction,
    schoolYear,
    target,
    actual,
    met: benchmarkMet(benchmark.direction, target, actual),
    sample: benchmark.sample,
  };
}

// The quarters a review compares: `previous` is null for the plan's first
// quarter, whose previous quarter is before the plan, when nothing had started.
export function reviewQuartersOf(period: PlanPeriod, quarter: string): ReviewQuarters {
  const previous = previousQuarter(quarter);
  return { quarter, previous: compareQuarters(previous, period.startQuarter) < 0 ? null : previous };
}

// The review's counts and every row of its lists, from the actions' updates.
export function reviewRows(records: readonly ActionRecord[], { quarter, previous }: ReviewQuarters): ReviewRows {
  const rows = [...records].sort(compareInPlanOrder).map((record) => reviewAction(record, quarter, previous));
  const reportedNow = new Set(records.filter((r) => r.updates.some((u) => u.quarter === quarter)).map((r) => r.id));
  return {
    counts: countStatuses(rows.map((row) => row.to)),
    previousCounts: countStatuses(rows.map((row) => row.from)),
    lists: {
      changes: rows.filter(isChange),
      newlyAtRisk: rows.filter(isNewlyTroubled),
      completed: rows.filter(isNewlyCompleted),
      overdue: rows.filter((row) => isOverdue(quarter, row.dueQuarter, row.to)),
      notReported: rows.filter((row) => isUnreported(quarter, row.startQuarter, row.to, reportedNow.has(row.actionId))),
    },
    sample: rows.some((row) => row.sample),
  };
}

// Each measure's target and actual for the latest school year complete at the
// end of `quarter`, in the plan's order of priorities.
export function benchmarkSnapshot(benchmarks: readonly Benchmark[], quarter: string): { schoolYear: string; benchmarks: ReviewBenchmark[] } {
  const schoolYear = latestCompleteSchoolYear(quarter);
  const snapshot = [...benchmarks]
    .sort((a, b) => priorityIds.indexOf(a.priorityId) - priorityIds.indexOf(b.priorityId))
    .map((benchmark) => reviewBenchmark(benchmark, schoolYear));
  return { schoolYear, benchmarks: snapshot };
}

export interface ReviewParts {
  readonly quarters: ReviewQuarters;
  readonly counts: StatusCounts;
  readonly previousCounts: StatusCounts;
  readonly listTotals: Record<ReviewListId, number>;
  // Whether any action is sample data.
  readonly sample: boolean;
  // The rows of each list the answer carries.
  readonly lists: Record<ReviewListId, ReviewAction[]>;
  readonly benchmarks: readonly Benchmark[];
}

// The review as the API answers it, from what a store counted and listed.
export function assembleReview({ quarters, counts, previousCounts, listTotals, sample, lists, benchmarks }: ReviewParts): QuarterlyReview {
  const snapshot = benchmarkSnapshot(benchmarks, quarters.quarter);
  return {
    quarter: quarters.quarter,
    previousQuarter: previousQuarter(quarters.quarter),
    previousBeforePlan: quarters.previous === null,
    counts,
    previousCounts,
    ...lists,
    listTotals,
    benchmarkSchoolYear: snapshot.schoolYear,
    benchmarks: snapshot.benchmarks,
    sample: sample || snapshot.benchmarks.some((b) => b.sample),
  };
}

// What changed in `quarter` compared with the quarter before, every row of
// every list. Before the plan's first quarter nothing had started, so that
// review counts every action from not-started, whatever was recorded earlier.
export function quarterlyReview(
  records: readonly ActionRecord[],
  benchmarks: readonly Benchmark[],
  period: PlanPeriod,
  quarter: string,
): QuarterlyReview {
  const quarters = reviewQuartersOf(period, quarter);
  const { counts, previousCounts, lists, sample } = reviewRows(records, quarters);
  return assembleReview({ quarters, counts, previousCounts, listTotals: listTotalsOf(lists), sample, lists, benchmarks });
}

export function listTotalsOf(lists: Record<ReviewListId, readonly unknown[]>): Record<ReviewListId, number> {
  return Object.fromEntries(reviewListIds.map((id) => [id, lists[id].length])) as Record<ReviewListId, number>;
}
