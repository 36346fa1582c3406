import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { fieldErrors } from '../../src/contract/errors';
import { QuarterKey } from '../../src/contract/quarter-key';
import { quarterlyReview } from '../../src/domain/quarterly-review';
import { reviewQuarterProblem } from '../../src/domain/review-quarter';
import { latestReportedQuarter, loadActionRecords } from '../db/repository/action-repository';
import { loadBenchmarks } from '../db/repository/benchmark-repository';
import type { AppEnv } from '../http/app-env';
import { HttpError } from '../http/http-error';
import { apiRoute } from '../http/permissions';
import { requirePlan } from './read-context';

const ReviewParams = z.object({ quarter: QuarterKey });

// Worded as the mock API words it (mocks/handlers/review.ts).
function invalidQuarter(why: string): HttpError {
  return new HttpError('bad_request', `Invalid path parameter: quarter ${why}.`, { quarter: why });
}

export function registerReviewRoutes(app: Hono<AppEnv>): void {
  apiRoute(app, 'GET', '/api/review/:quarter', async (c) => {
    const parsed = ReviewParams.safeParse({ quarter: c.req.param('quarter') });
    if (!parsed.success) throw invalidQuarter(fieldErrors(parsed.error.issues).quarter ?? 'is not valid');
    const { quarter } = parsed.data;
    const plan = await requirePlan(c);
    const db = c.get('db');
    const problem = reviewQuarterProblem(quarter, plan.period, await latestReportedQuarter(db));
    if (problem !== null) throw invalidQuarter(problem);
    const [records, benchmarks] = await Promise.all([loadActionRecords(db), loadBenchmarks(db)]);
    return c.json(quarterlyReview(records, benchmarks, plan.period, quarter));
  });
}
