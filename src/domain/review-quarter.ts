import type { PlanPeriod } from '../contract/plan';
import { compareQuarters, isInPeriod, quarterRange } from './quarters';

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
  if (!isInPeriod(quarter, period)) {
    return `must be within the plan period, ${period.startQuarter} to ${period.endQuarter}`;
  }
  if (latestReported === null) return 'cannot be reviewed yet: no quarter has been reported';
  if (compareQuarters(quarter, latestReported) > 0) {
    return `has not been reported yet; the quarters ${period.startQuarter} to ${latestReported} can be reviewed`;
  }
  return null;
}
