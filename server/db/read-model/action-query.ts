import type { Kysely } from 'kysely';
import type { ActionExportQuery } from '../../../src/contract/actions';
import { focusAreaOrder, priorityOrder, statusOrder } from '../../../src/domain/sort-actions';
import { foldText } from '../../../src/domain/text-keys';
import type { Dialect } from '../dialect';
import type { Database } from '../schema';
import { containsText, type TextLookup } from './sql-dialect';

// Which table the query walks first. SQLite keeps the order of a CROSS JOIN,
// so a list sorted by an action's column walks that column's index on
// actions and stops at the page; sorted by status or percent, it walks the
// quarter's status rows. Left to itself, the planner takes the quarter's
// rows for every sort and sorts them all.
export type Drive = 'actions' | 'status';

// Filters the counts kept per quarter, cell and status cannot answer: the
// matching rows themselves must be counted.
export function needsRows(filters: ActionExportQuery): boolean {
  return filters.studentGroup !== undefined || filters.due !== undefined || Boolean(filters.owner) || Boolean(filters.q);
}

// The actions that match the list's filters, each joined to its status as of
// `quarter`: the same rule as the domain's matchesFilters, in SQL.
export function matchingActions(db: Kysely<Database>, dialect: Dialect, filters: ActionExportQuery, quarter: string, drive: Drive = 'actions', text: TextLookup = 'index') {
  const joined =
    drive === 'actions'
      ? db.selectFrom('actions as a').crossJoin('action_status as s')
      : db.selectFrom('action_status as s').crossJoin('actions as a');
  let query = joined.whereRef('s.action_id', '=', 'a.id').where('s.quarter', '=', quarter);
  // The status rows carry the cell too: walking them, the cell narrows the
  // index's range instead of being checked on each action.
  const cell = drive === 'status' ? 's' : 'a';
  if (filters.priority !== undefined) query = query.where(`${cell}.priority_rank`, '=', priorityOrder(filters.priority));
  if (filters.focusArea !== undefined) query = query.where(`${cell}.focus_area_rank`, '=', focusAreaOrder(filters.focusArea));
  if (filters.status !== undefined) query = query.where('s.status_rank', '=', statusOrder(filters.status));
  if (filters.due !== undefined) query = query.where('a.due_quarter', '<=', filters.due);
  const group = filters.studentGroup;
  if (group !== undefined) {
    query = query.where('a.id', 'in', db.selectFrom('action_student_groups').select('action_id').where('student_group_id', '=', group));
  }
  if (filters.owner) query = query.where(containsText(dialect, 'a', 'owner_search', foldText(filters.owner), text));
  if (filters.q) query = query.where(containsText(dialect, 'a', 'search_text', foldText(filters.q), text));
  return query;
}
