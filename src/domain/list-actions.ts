import type { ActionFilters, ActionList } from '../contract/actions';
import type { FocusAreaId, PriorityId } from '../contract/ids';
import { focusAreaIds, priorityIds } from '../contract/ids';
import { actionAsOf, type ActionRecord } from './action-record';
import { matchesFilters } from './action-filters';

const priorityOrder = (id: PriorityId) => priorityIds.indexOf(id);
const focusAreaOrder = (id: FocusAreaId) => focusAreaIds.indexOf(id);

// The list every client shows: each action as of `quarter`, filtered, in the
// plan's order (priority, then focus area, then title).
export function listActions(
  records: readonly ActionRecord[],
  filters: ActionFilters,
  quarter: string,
  latestReported: string | null,
): ActionList {
  const items = records
    .map((record) => actionAsOf(record, quarter))
    .filter((action) => matchesFilters(action, filters))
    .sort(
      (a, b) =>
        priorityOrder(a.priorityId) - priorityOrder(b.priorityId) ||
        focusAreaOrder(a.focusAreaId) - focusAreaOrder(b.focusAreaId) ||
        a.title.localeCompare(b.title, 'en-US'),
    );
  return { items, total: items.length, asOf: quarter, latestReported };
}
