import type { Insertable } from 'kysely';
import type { Update } from '../../../src/contract/actions';
import type { FocusAreaId, PriorityId } from '../../../src/contract/ids';
import { statusOrder } from '../../../src/domain/sort-actions';
import { statusAsOf } from '../../../src/domain/status-as-of';
import type { ActionStatusTable } from '../schema';

export interface StatusSource {
  readonly id: string;
  readonly priorityId: PriorityId;
  readonly focusAreaId: FocusAreaId;
  readonly updates: readonly Pick<Update, 'quarter' | 'status' | 'percentComplete' | 'note'>[];
}

// One action's rows of the read model: its status as of each quarter by the
// domain's rule (statusAsOf), and the update filed in that quarter, if any.
export function statusRows(action: StatusSource, quarters: readonly string[]): Insertable<ActionStatusTable>[] {
  return quarters.map((quarter) => {
    const { status, percentComplete, quarter: decidedIn } = statusAsOf(action.updates, quarter);
    const filed = action.updates.find((u) => u.quarter === quarter);
    return {
      action_id: action.id,
      quarter,
      priority_id: action.priorityId,
      focus_area_id: action.focusAreaId,
      status,
      status_rank: statusOrder(status),
      percent_complete: percentComplete,
      decided_in: decidedIn,
      reported: filed === undefined ? 0 : 1,
      note: filed?.note ?? null,
    };
  });
}
