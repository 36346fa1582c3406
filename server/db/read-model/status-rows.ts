import type { Insertable } from 'kysely';
import type { Update } from '../../../src/contract/actions';
import type { FocusAreaId, PriorityId, StatusId } from '../../../src/contract/ids';
import { isOverdue, isUnreported } from '../../../src/domain/quarterly-review';
import { planOrderKey, statusOrder } from '../../../src/domain/sort-actions';
import { statusAsOf } from '../../../src/domain/status-as-of';
import type { ActionStatusTable } from '../schema';

export interface StatusSource {
  readonly id: string;
  readonly title: string;
  readonly priorityId: PriorityId;
  readonly focusAreaId: FocusAreaId;
  readonly startQuarter: string;
  readonly dueQuarter: string;
  readonly updates: readonly Pick<Update, 'quarter' | 'status' | 'percentComplete' | 'note'>[];
}

// One action's rows of the read model, for the plan's quarters in order:
// its status as of each by the domain's rule (statusAsOf), the update filed
// in it, and what that quarter's review makes of it.
export function statusRows(action: StatusSource, planQuarters: readonly string[]): Insertable<ActionStatusTable>[] {
  const plan = planOrderKey(action);
  let previous: StatusId = 'not-started';
  return planQuarters.map((quarter) => {
    const { status, percentComplete, quarter: decidedIn } = statusAsOf(action.updates, quarter);
    const filed = action.updates.find((u) => u.quarter === quarter);
    const row = {
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
      from_status: previous,
      overdue: isOverdue(quarter, action.dueQuarter, status) ? 1 : 0,
      unreported: isUnreported(quarter, action.startQuarter, status, filed !== undefined) ? 1 : 0,
      priority_rank: plan.priority,
      focus_area_rank: plan.focusArea,
      title_key: plan.title,
      id_key: plan.idKey,
    };
    previous = status;
    return row;
  });
}
