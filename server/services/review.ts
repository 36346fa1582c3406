import * as z from 'zod/mini';
import { fieldErrors } from '../../src/contract/errors';
import { QuarterKey } from '../../src/contract/quarter-key';
import {
  ReviewListId,
  ReviewListQuery,
  reviewFirstPageSize,
  type QuarterlyReview,
  type ReviewListPage,
} from '../../src/contract/review';
import { assembleReview, reviewQuartersOf, type ReviewQuarters } from '../../src/domain/quarterly-review';
import { reviewQuarterProblem } from '../../src/domain/review-quarter';
import { HttpError } from '../http/http-error';
import type { Store } from '../store/store';
import { parseInput } from './parse-input';
import { requirePlan } from './read-scope';

const ReviewParams = z.object({ quarter: QuarterKey });

function invalidQuarter(why: string): HttpError {
  return new HttpError('bad_request', `Invalid path parameter: quarter ${why}.`, { quarter: why });
}

// The quarters a review compares, once the asked one is known to be reviewable.
async function reviewQuarters(store: Store, quarterParam: unknown): Promise<ReviewQuarters> {
  const parsed = ReviewParams.safeParse({ quarter: quarterParam });
  if (!parsed.success) throw invalidQuarter(fieldErrors(parsed.error.issues).quarter ?? 'is not valid');
  const { quarter } = parsed.data;
  const [plan, latest] = await Promise.all([requirePlan(store), store.reads.latestReportedQuarter()]);
  const problem = reviewQuarterProblem(quarter, plan.period, latest);
  if (problem !== null) throw invalidQuarter(problem);
  return reviewQuartersOf(plan.period, quarter);
}

// The review's counts, the first page of each list with its total, and the
// benchmark snapshot: its size does not grow with the plan.
export async function quarterlyReview(store: Store, params: { quarter?: unknown }): Promise<QuarterlyReview> {
  const quarters = await reviewQuarters(store, params.quarter);
  const [summary, benchmarks, lists] = await Promise.all([
    store.reads.reviewSummary(quarters),
    store.benchmarks(),
    store.reads.reviewFirstPages(quarters, reviewFirstPageSize),
  ]);
  return assembleReview({ quarters, ...summary, lists, benchmarks });
}

// One page of one of the review's lists.
export async function reviewListPage(store: Store, params: { quarter?: unknown; list?: unknown }, query: unknown): Promise<ReviewListPage> {
  const { list } = parseInput(z.object({ list: ReviewListId }), { list: params.list }, 'path parameter');
  const { page = 1, pageSize = reviewFirstPageSize } = parseInput(ReviewListQuery, query, 'query parameter');
  const quarters = await reviewQuarters(store, params.quarter);
  const { items, total } = await store.reads.reviewList(quarters, list, { page, pageSize });
  return { quarter: quarters.quarter, list, items, total, page, pageSize };
}
