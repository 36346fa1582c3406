import { http, HttpResponse } from 'msw';
import * as z from 'zod/mini';
import { fieldErrors } from '../../src/contract/errors';
import { QuarterKey } from '../../src/contract/quarter-key';
import { quarterlyReview } from '../../src/domain/quarterly-review';
import { reviewQuarterProblem } from '../../src/domain/review-quarter';
import { latestReported, mockData } from '../data';
import { errorResponse } from './respond';

const ReviewParams = z.object({ quarter: QuarterKey });

function invalidQuarter(why: string): Response {
  return errorResponse('bad_request', `Invalid path parameter: quarter ${why}.`, { quarter: why });
}

export const reviewHandlers = [
  http.get('*/api/review/:quarter', ({ params }) => {
    const parsed = ReviewParams.safeParse({ quarter: params.quarter });
    if (!parsed.success) return invalidQuarter(fieldErrors(parsed.error.issues).quarter ?? 'is not valid');
    const { quarter } = parsed.data;
    const data = mockData();
    const problem = reviewQuarterProblem(quarter, data.plan.period, latestReported(data));
    if (problem !== null) return invalidQuarter(problem);
    return HttpResponse.json(quarterlyReview(data.actions, data.benchmarks, data.plan.period, quarter));
  }),
];
