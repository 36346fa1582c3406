import type { Action, ActionExportQuery, ActionFilters, ActionList } from '../contract/actions';
import { actionAsOf, type ActionRecord } from './action-record';
import { matchesFilters } from './action-filters';
import { pageOf } from './paginate';
import { sortActions } from './sort-actions';

// Every action that matches, as of `quarter`, in the asked order (the plan's
// order by default): what the list shows across all its pages, and what the
// CSV export writes.
export function selectActions(records: readonly ActionRecord[], filters: ActionExportQuery, quarter: string): Action[] {
  const matching: Action[] = [];
  for (const record of records) {
    const action = actionAsOf(record, quarter);
    if (matchesFilters(action, filters)) matching.push(action);
  }
  return sortActions(matching, filters.sort);
}

// The list every client shows: one page of selectActions. `unfilteredTotal`
// is how many actions the plan has; pass it when `records` were narrowed
// before (the server does in SQL).
export function listActions(
  records: readonly ActionRecord[],
  filters: ActionFilters,
  quarter: string,
  latestReported: string | null,
  unfilteredTotal: number = records.length,
): ActionList {
  const matching = selectActions(records, filters, quarter);
  const { items, page, pageSize } = pageOf(matching, filters.page, filters.pageSize ?? null);
  return { items, total: matching.length, unfilteredTotal, page, pageSize, asOf: quarter, latestReported };
}
