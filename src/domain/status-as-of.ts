import type { StatusId } from '../contract/ids';
import { compareQuarters } from './quarters';

interface Reported {
  readonly quarter: string;
  readonly status: StatusId;
  readonly percentComplete: number;
}

export interface StatusAsOf {
  readonly status: StatusId;
  readonly percentComplete: number;
  // The quarter of the update that decided it; null when nothing was reported yet.
  readonly quarter: string | null;
}

// The latest update at or before `quarter` decides, carried forward through
// quarters without one. No update yet means not started. Completion is final:
// once an action is reported completed, later updates do not reopen it.
export function statusAsOf(updates: readonly Reported[], quarter: string): StatusAsOf {
  let latest: Reported | undefined;
  let firstCompleted: Reported | undefined;
  for (const update of updates) {
    if (compareQuarters(update.quarter, quarter) > 0) continue;
    if (latest === undefined || compareQuarters(update.quarter, latest.quarter) > 0) latest = update;
    if (
      update.status === 'completed' &&
      (firstCompleted === undefined || compareQuarters(update.quarter, firstCompleted.quarter) < 0)
    ) {
      firstCompleted = update;
    }
  }
  const deciding = firstCompleted ?? latest;
  if (deciding === undefined) return { status: 'not-started', percentComplete: 0, quarter: null };
  return { status: deciding.status, percentComplete: deciding.percentComplete, quarter: deciding.quarter };
}

// The newest quarter anything was reported in, or null when nothing was.
export function latestReportedQuarter(quarters: Iterable<string>): string | null {
  let latest: string | null = null;
  for (const quarter of quarters) {
    if (latest === null || compareQuarters(quarter, latest) > 0) latest = quarter;
  }
  return latest;
}
