import { describe, expect, it } from 'vitest';
import { ApiErrorBody } from '../../src/contract/errors';
import { QuarterlyReview } from '../../src/contract/review';
import { latestReported, mockData } from '../data';

async function getReview(quarter: string) {
  const response = await fetch(`http://localhost/api/review/${quarter}`);
  return { status: response.status, body: (await response.json()) as unknown };
}

async function expectBadQuarter(quarter: string, why: RegExp) {
  const { status, body } = await getReview(quarter);
  expect(status).toBe(400);
  const error = ApiErrorBody.parse(body).error;
  expect(error.code).toBe('bad_request');
  expect(error.fields?.quarter).toMatch(why);
  expect(error.message).toMatch(/quarter/);
}

describe('GET /api/review/:quarter', () => {
  it('answers a reported quarter of the plan with a review in the contract’s shape', async () => {
    const { status, body } = await getReview('2026-Q3');
    expect(status).toBe(200);
    const review = QuarterlyReview.parse(body);
    expect(review).toMatchObject({ quarter: '2026-Q3', previousQuarter: '2026-Q2', previousBeforePlan: false });
    expect(Object.values(review.counts).reduce((sum, n) => sum + n, 0)).toBe(mockData().actions.length);
    expect(review.benchmarks).toHaveLength(mockData().benchmarks.length);
  });

  it('reviews the plan’s first quarter against a start where nothing had begun', async () => {
    const review = QuarterlyReview.parse((await getReview('2023-Q3')).body);
    expect(review.previousBeforePlan).toBe(true);
    expect(review.previousCounts['not-started']).toBe(mockData().actions.length);
  });

  it('rejects a quarter that is not a quarter key, naming the field', async () => {
    await expectBadQuarter('2025-Q9', /must be a quarter like 2025-Q3/);
    await expectBadQuarter('latest', /must be a quarter like 2025-Q3/);
  });

  it('rejects a quarter outside the plan period', async () => {
    await expectBadQuarter('2031-Q1', /within the plan period, 2023-Q3 to 2027-Q2/);
    await expectBadQuarter('2023-Q2', /within the plan period/);
  });

  it('rejects a quarter after the latest reported one, saying which quarters can be reviewed', async () => {
    expect(latestReported()).toBe('2026-Q3');
    await expectBadQuarter('2026-Q4', /2023-Q3 to 2026-Q3 can be reviewed/);
    await expectBadQuarter('2027-Q2', /2023-Q3 to 2026-Q3 can be reviewed/);
  });
});
