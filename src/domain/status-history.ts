import type { Update } from '../contract/actions';
import type { StatusCounts, StatusHistoryQuarter } from '../contract/status-history';
import { compareQuarters } from './quarters';
import { statusAsOf } from './status-as-of';
import { countStatuses, emptyCounts } from './status-counts';

interface WithUpdates {
  readonly updates: readonly Pick<Update, 'quarter' | 'status' | 'percentComplete'>[];
}

// The last quarter the status history counts: the newest one with an update,
// but never past the quarter every screen shows by default (the latest
// published one, before any the latest ended one), so an update recorded in
// the quarter in progress, or in one not yet published, does not move the
// trend the board was shown.
export function lastCountedQuarter(latestReported: string | null, defaultAsOf: string): string | null {
  if (latestReported === null) return null;
  return compareQuarters(latestReported, defaultAsOf) > 0 ? defaultAsOf : latestReported;
}

// The quarters that have a status to count: those up to `latestReported`.
export function reportedQuarters(quarters: readonly string[], latestReported: string | null): string[] {
  return latestReported === null ? [] : quarters.filter((quarter) => compareQuarters(quarter, latestReported) <= 0);
}

// The history from counts made per reported quarter. Quarters after
// `latestReported` are flagged unreported with empty counts, so nobody draws
// the future as a collapse to zero.
export function statusHistoryOf(
  quarters: readonly string[],
  latestReported: string | null,
  counts: ReadonlyMap<string, StatusCounts>,
): StatusHistoryQuarter[] {
  const reported = new Set(reportedQuarters(quarters, latestReported));
  return quarters.map((quarter) => {
    if (!reported.has(quarter)) return { quarter, reported: false, counts: emptyCounts() };
    return { quarter, reported: true, counts: counts.get(quarter) ?? emptyCounts() };
  });
}

// How many actions stood in each status in each quarter.
export function statusHistory(
  actions: readonly WithUpdates[],
  quarters: readonly string[],
  latestReported: string | null,
): StatusHistoryQuarter[] {
  const counts = reportedQuarters(quarters, latestReported).map(
    (quarter) => [quarter, countStatuses(actions.map((action) => statusAsOf(action.updates, quarter).status))] as const,
  );
  return statusHistoryOf(quarters, latestReported, new Map(counts));
}
