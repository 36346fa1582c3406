import * as z from 'zod/mini';
import { Direction, BenchmarkUnit } from './benchmarks';
import { FocusAreaId, PriorityId, StatusId } from './ids';
import { PercentComplete, wholeNumber } from './actions';
import { QuarterKey, SchoolYear } from './quarter-key';
import { StatusCounts } from './status-history';

// One action as the quarterly review sees it: its status at the end of the
// previous quarter (`from`) and at the end of the reviewed one (`to`).
export const ReviewAction = z.object({
  actionId: z.string(),
  title: z.string(),
  priorityId: PriorityId,
  focusAreaId: FocusAreaId,
  owner: z.string(),
  startQuarter: QuarterKey,
  dueQuarter: QuarterKey,
  from: StatusId,
  to: StatusId,
  percentComplete: PercentComplete,
  // The note of the update reported for the reviewed quarter; null when there was none.
  note: z.nullable(z.string()),
  // The quarter of the update that decides `to`; null when nothing was ever reported.
  lastUpdateQuarter: z.nullable(QuarterKey),
  sample: z.boolean(),
});
export type ReviewAction = z.infer<typeof ReviewAction>;

export const ReviewBenchmark = z.object({
  benchmarkId: z.string(),
  name: z.string(),
  priorityId: PriorityId,
  unit: BenchmarkUnit,
  direction: Direction,
  // The latest school year complete by the end of the reviewed quarter.
  schoolYear: SchoolYear,
  target: z.nullable(z.number()),
  actual: z.nullable(z.number()),
  // Null when the target or the actual is missing.
  met: z.nullable(z.boolean()),
  sample: z.boolean(),
});
export type ReviewBenchmark = z.infer<typeof ReviewBenchmark>;

// The review's lists, each answered a page at a time so the review's size
// does not grow with the plan.
export const reviewListIds = ['changes', 'newlyAtRisk', 'completed', 'overdue', 'notReported'] as const;
export const ReviewListId = z.enum(reviewListIds);
export type ReviewListId = z.infer<typeof ReviewListId>;

// How many rows of each list GET /api/review/:quarter carries; the rest come
// from GET /api/review/:quarter/:list.
export const reviewFirstPageSize = 25;
export const maxReviewPageSize = 200;

// Every list is in the plan's order: priority, focus area, then title. Each
// holds the list's first page; `listTotals` says how many rows it has in all.
export const QuarterlyReview = z.object({
  quarter: QuarterKey,
  previousQuarter: QuarterKey,
  // True for the plan's first quarter: its previous quarter is before the plan, when nothing had started.
  previousBeforePlan: z.boolean(),
  counts: StatusCounts,
  previousCounts: StatusCounts,
  changes: z.array(ReviewAction),
  newlyAtRisk: z.array(ReviewAction),
  completed: z.array(ReviewAction),
  overdue: z.array(ReviewAction),
  notReported: z.array(ReviewAction),
  listTotals: z.record(ReviewListId, z.int().check(z.gte(0))),
  benchmarkSchoolYear: SchoolYear,
  benchmarks: z.array(ReviewBenchmark),
  // True when any action or benchmark in it is sample data.
  sample: z.boolean(),
});
export type QuarterlyReview = z.infer<typeof QuarterlyReview>;

// One page of one of the review's lists.
export const ReviewListPage = z.object({
  quarter: QuarterKey,
  list: ReviewListId,
  items: z.array(ReviewAction),
  total: z.int().check(z.gte(0)),
  page: z.int().check(z.gte(1)),
  pageSize: z.int().check(z.gte(1)),
});
export type ReviewListPage = z.infer<typeof ReviewListPage>;

export const ReviewListQuery = z.object({
  page: z.optional(wholeNumber(1, 999_999_999)),
  pageSize: z.optional(wholeNumber(1, maxReviewPageSize)),
});
export type ReviewListQuery = z.infer<typeof ReviewListQuery>;
