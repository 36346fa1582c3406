import type { PlanPeriod } from '../contract/plan';
import { outsidePeriodProblem } from './plan-period';
import { compareQuarters, quarterRange } from './quarters';

// The quarters a review exists for: the plan's first quarter up to the newest
// one anybody reported in (none when nothing was reported).
export function reviewableQuarters(period: PlanPeriod, latestReported: string | null): string[] {
  if (latestReported === null) return [];
  const last = compareQuarters(latestReported, period.endQuarter) > 0 ? period.endQuarter : latestReported;
  return quarterRange(period.startQuarter, last);
}

// Why a well-formed quarter key cannot be reviewed, worded as the field
// message of a 400; null when it can.
export function reviewQuarterProblem(quarter: string, period: PlanPeriod, latestReported: string | null): string | null {
  const outside = outsidePeriodProblem(quarter, period);
  if (outside !== null) return outside;
  if (latestReported === null) return 'cannot be reviewed yet: no quarter has been reported';
  if (compareQuarters(quarter, latestReported) > 0) {
    return `has not been reported yet; the quarters ${period.startQuarter} to ${latestReported} can be reviewed`;
  }
  return null;
}
