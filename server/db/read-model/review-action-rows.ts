import type { FocusAreaId, PriorityId, StatusId } from '../../../src/contract/ids';
import type { ReviewAction } from '../../../src/contract/review';

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

export interface ReviewActionRow {
  id: string;
  title: string;
  priority_id: string;
  focus_area_id: string;
  owner: string;
  start_quarter: string;
  due_quarter: string;
  sample: number;
  status: string;
  from_status: string;
  percent_complete: number;
  note: string | null;
  decided_in: string | null;
}

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
