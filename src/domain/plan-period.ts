import type { PlanPeriod } from '../contract/plan';
import { isInPeriod } from './quarters';

// Why a quarter cannot be used, worded as the field message of a 400; null
// when it lies within the plan period. Every read and write that takes a
// quarter says it this way.
export function outsidePeriodProblem(quarter: string, period: PlanPeriod): string | null {
  return isInPeriod(quarter, period) ? null : `must be within the plan period, ${period.startQuarter} to ${period.endQuarter}`;
}
