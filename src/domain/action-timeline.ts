import type { StatusId } from '../contract/ids';
import { compareQuarters } from './quarters';
import { statusAsOf } from './status-as-of';

interface Reported {
  readonly quarter: string;
  readonly status: StatusId;
  readonly percentComplete: number;
}

export type TimelineQuarter =
  | { readonly quarter: string; readonly kind: 'before-start' }
  | { readonly quarter: string; readonly kind: 'not-reported' }
  | {
      readonly quarter: string;
      readonly kind: 'status';
      readonly status: StatusId;
      readonly percentComplete: number;
      // False when no update came in that quarter and an earlier one still decides.
      readonly updatedThisQuarter: boolean;
    };

// An action's status in each quarter of `quarters` (the plan period), by
// statusAsOf. Quarters after the newest quarter anyone reported in are not
// reported yet, even before the action's start: nobody knows them yet.
// Quarters before its start are known: it had not started.
export function actionTimeline(
  action: { readonly startQuarter: string; readonly updates: readonly Reported[] },
  quarters: readonly string[],
  latestReported: string | null,
): TimelineQuarter[] {
  return quarters.map((quarter) => {
    if (latestReported === null || compareQuarters(quarter, latestReported) > 0) return { quarter, kind: 'not-reported' };
    if (compareQuarters(quarter, action.startQuarter) < 0) return { quarter, kind: 'before-start' };
    const { status, percentComplete, quarter: decidedIn } = statusAsOf(action.updates, quarter);
    return { quarter, kind: 'status', status, percentComplete, updatedThisQuarter: decidedIn === quarter };
  });
}
