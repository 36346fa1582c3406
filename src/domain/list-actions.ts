import { defaultActionPageSize, type Action, type ActionExportQuery, type ActionFilters, type ActionList } from '../contract/actions';
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

// The page size of a list: as asked, else the default, so that no request
// without one reads the whole plan.
export function listPageSize(filters: ActionFilters): number {
  return filters.pageSize ?? defaultActionPageSize;
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
  const pageSize = listPageSize(filters);
  const { items, page } = pageOf(matching, filters.page ?? 1, pageSize);
  return { items, total: matching.length, unfilteredTotal, page, pageSize, asOf: quarter, latestReported };
}
