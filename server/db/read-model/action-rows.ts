import type { Action } from '../../../src/contract/actions';
import type { FocusAreaId, PriorityId, StatusId, StudentGroupId } from '../../../src/contract/ids';

// The columns an Action is read from, as the list and the export select them.
export const actionColumns = [
  'a.id',
  'a.title',
  'a.description',
  'a.priority_id',
  'a.focus_area_id',
  'a.strategy_id',
  'a.owner',
  'a.start_quarter',
  'a.due_quarter',
  'a.student_groups',
  'a.version',
  'a.sample',
  's.status',
  's.percent_complete',
  's.decided_in',
] as const;

export interface ActionRow {
  id: string;
  title: string;
  description: string;
  priority_id: string;
  focus_area_id: string;
  strategy_id: string | null;
  owner: string;
  start_quarter: string;
  due_quarter: string;
  student_groups: string;
  version: number;
  sample: number;
  status: string;
  percent_complete: number;
  decided_in: string | null;
}

export function toAction(row: ActionRow): Action {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    priorityId: row.priority_id as PriorityId,
    focusAreaId: row.focus_area_id as FocusAreaId,
    strategyId: row.strategy_id,
    owner: row.owner,
    startQuarter: row.start_quarter,
    dueQuarter: row.due_quarter,
    studentGroups: JSON.parse(row.student_groups) as StudentGroupId[],
    status: row.status as StatusId,
    percentComplete: row.percent_complete,
    lastUpdateQuarter: row.decided_in,
    version: row.version,
    sample: row.sample === 1,
  };
}
