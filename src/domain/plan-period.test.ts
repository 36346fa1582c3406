import { describe, expect, it } from 'vitest';
import { outsidePeriodProblem } from './plan-period';

const period = { startQuarter: '2023-Q3', endQuarter: '2027-Q2' };

describe('outsidePeriodProblem', () => {
  it('accepts the first and the last quarter of the plan', () => {
    expect(outsidePeriodProblem('2023-Q3', period)).toBeNull();
    expect(outsidePeriodProblem('2027-Q2', period)).toBeNull();
  });

  it('names the period for a quarter before or after it', () => {
    expect(outsidePeriodProblem('2023-Q2', period)).toBe('must be within the plan period, 2023-Q3 to 2027-Q2');
    expect(outsidePeriodProblem('2027-Q3', period)).toBe('must be within the plan period, 2023-Q3 to 2027-Q2');
  });
});
