import type { Update } from '../contract/actions';
import type { StatusHistoryQuarter } from '../contract/status-history';
import { compareQuarters } from './quarters';
import { statusAsOf } from './status-as-of';
import { countStatuses, emptyCounts } from './status-counts';

interface WithUpdates {
  readonly updates: readonly Pick<Update, 'quarter' | 'status' | 'percentComplete'>[];
}

// How many actions stood in each status in each quarter. Quarters after
// `latestReported` are flagged unreported with empty counts, so nobody draws
// the future as a collapse to zero.
export function statusHistory(
  actions: readonly WithUpdates[],
  quarters: readonly string[],
  latestReported: string | null,
): StatusHistoryQuarter[] {
  return quarters.map((quarter) => {
    const reported = latestReported !== null && compareQuarters(quarter, latestReported) <= 0;
    if (!reported) return { quarter, reported, counts: emptyCounts() };
    const counts = countStatuses(actions.map((action) => statusAsOf(action.updates, quarter).status));
    return { quarter, reported, counts };
  });
}
