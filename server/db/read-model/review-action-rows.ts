import type { Selectable } from 'kysely';
import type { FocusAreaId, PriorityId, StatusId } from '../../../src/contract/ids';
import type { ReviewAction } from '../../../src/contract/review';
import type { ActionStatusTable, ActionTable } from '../schema';

// What a row of a review list is read from: the action (alias `a`) and its
// status row for the reviewed quarter (alias `s`).
export const reviewActionColumns = [
  'a.id',
  'a.title',
  'a.priority_id',
  'a.focus_area_id',
  'a.owner',
  'a.start_quarter',
  'a.due_quarter',
  'a.sample',
  's.status',
  's.from_status',
  's.percent_complete',
  's.note',
  's.decided_in',
] as const;

export type ReviewActionRow = Pick<Selectable<ActionTable>, 'id' | 'title' | 'priority_id' | 'focus_area_id' | 'owner' | 'start_quarter' | 'due_quarter' | 'sample'> &
  Pick<Selectable<ActionStatusTable>, 'status' | 'from_status' | 'percent_complete' | 'note' | 'decided_in'>;

export function toReviewAction(row: ReviewActionRow): ReviewAction {
  return {
    actionId: row.id,
    title: row.title,
    priorityId: row.priority_id as PriorityId,
    focusAreaId: row.focus_area_id as FocusAreaId,
    owner: row.owner,
    startQuarter: row.start_quarter,
    dueQuarter: row.due_quarter,
    from: row.from_status as StatusId,
    to: row.status as StatusId,
    percentComplete: row.percent_complete,
    note: row.note,
    lastUpdateQuarter: row.decided_in,
    sample: row.sample === 1,
  };
}
