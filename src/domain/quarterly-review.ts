import type { Benchmark } from '../contract/benchmarks';
import { priorityIds, type StatusId } from '../contract/ids';
import type { PlanPeriod } from '../contract/plan';
import type { QuarterlyReview, ReviewAction, ReviewBenchmark } from '../contract/review';
import type { ActionRecord } from './action-record';
import { benchmarkMet } from './benchmark-met';
import { compareQuarters, parseQuarter, previousQuarter } from './quarters';
import { compareInPlanOrder } from './sort-actions';
import { statusAsOf } from './status-as-of';
import { countStatuses } from './status-counts';

const troubled: readonly StatusId[] = ['at-risk', 'off-track'];
const closed: readonly StatusId[] = ['completed', 'deferred'];

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

function reviewBenchmark(benchmark: Benchmark, schoolYear: string): ReviewBenchmark {
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

// What changed in `quarter` compared with the quarter before. Before the
// plan's first quarter nothing had started, so that review counts every
// action from not-started, whatever was recorded earlier.
export function quarterlyReview(
  records: readonly ActionRecord[],
  benchmarks: readonly Benchmark[],
  period: PlanPeriod,
  quarter: string,
): QuarterlyReview {
  const previous = previousQuarter(quarter);
  const previousBeforePlan = compareQuarters(previous, period.startQuarter) < 0;
  const rows = [...records].sort(compareInPlanOrder).map((record) => reviewAction(record, quarter, previousBeforePlan ? null : previous));
  const reportedNow = new Set(records.filter((r) => r.updates.some((u) => u.quarter === quarter)).map((r) => r.id));
  const schoolYear = latestCompleteSchoolYear(quarter);
  const snapshot = [...benchmarks]
    .sort((a, b) => priorityIds.indexOf(a.priorityId) - priorityIds.indexOf(b.priorityId))
    .map((benchmark) => reviewBenchmark(benchmark, schoolYear));

  return {
    quarter,
    previousQuarter: previous,
    previousBeforePlan,
    counts: countStatuses(rows.map((row) => row.to)),
    previousCounts: countStatuses(rows.map((row) => row.from)),
    changes: rows.filter(isChange),
    newlyAtRisk: rows.filter(isNewlyTroubled),
    completed: rows.filter(isNewlyCompleted),
    overdue: rows.filter((row) => isOverdue(quarter, row.dueQuarter, row.to)),
    notReported: rows.filter((row) => isUnreported(quarter, row.startQuarter, row.to, reportedNow.has(row.actionId))),
    benchmarkSchoolYear: schoolYear,
    benchmarks: snapshot,
    sample: rows.some((row) => row.sample) || snapshot.some((b) => b.sample),
  };
}
