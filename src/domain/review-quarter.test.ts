import { describe, expect, it } from 'vitest';
import { reviewableQuarters, reviewQuarterProblem } from './review-quarter';

const period = { startQuarter: '2023-Q3', endQuarter: '2027-Q2' };

describe('reviewableQuarters', () => {
  it('runs from the plan’s first quarter to the latest reported one', () => {
    expect(reviewableQuarters(period, '2024-Q1')).toEqual(['2023-Q3', '2023-Q4', '2024-Q1']);
    expect(reviewableQuarters(period, null)).toEqual([]);
    expect(reviewableQuarters(period, '2030-Q1')).toHaveLength(16);
  });
});

describe('reviewQuarterProblem', () => {
  it('accepts a reported quarter of the plan', () => {
    expect(reviewQuarterProblem('2023-Q3', period, '2026-Q3')).toBeNull();
    expect(reviewQuarterProblem('2026-Q3', period, '2026-Q3')).toBeNull();
  });

  it('says why any other quarter cannot be reviewed', () => {
    expect(reviewQuarterProblem('2031-Q1', period, '2026-Q3')).toBe('must be within the plan period, 2023-Q3 to 2027-Q2');
    expect(reviewQuarterProblem('2023-Q2', period, '2026-Q3')).toMatch(/plan period/);
    expect(reviewQuarterProblem('2026-Q4', period, '2026-Q3')).toBe(
      'has not been reported yet; the quarters 2023-Q3 to 2026-Q3 can be reviewed',
    );
    expect(reviewQuarterProblem('2024-Q1', period, null)).toMatch(/no quarter has been reported/);
  });
});
