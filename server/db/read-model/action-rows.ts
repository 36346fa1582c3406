import type { Selectable } from 'kysely';
import type { Action } from '../../../src/contract/actions';
import type { StatusId } from '../../../src/contract/ids';
import { actionFields, type ActionRecordRow } from '../repository/action-repository';
import type { ActionStatusTable } from '../schema';

// The columns an Action is read from: the action (alias `a`) and its status
// row for the asked quarter (alias `s`).
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

export type ActionRow = ActionRecordRow & Pick<Selectable<ActionStatusTable>, 'status' | 'percent_complete' | 'decided_in'>;

export function toAction(row: ActionRow): Action {
  return Object.assign(actionFields(row), { status: row.status as StatusId, percentComplete: row.percent_complete, lastUpdateQuarter: row.decided_in });
}
