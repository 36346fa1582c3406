import { statusIds, type FocusAreaId, type PriorityId, type StatusId } from '../contract/ids';
import type { StatusCounts } from '../contract/status-history';

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(statusIds.map((id) => [id, 0])) as StatusCounts;
}

export function countStatuses(statuses: Iterable<StatusId>): StatusCounts {
  const counts = emptyCounts();
  for (const status of statuses) counts[status] += 1;
  return counts;
}

export function totalOf(counts: StatusCounts): number {
  return statusIds.reduce((sum, id) => sum + counts[id], 0);
}

interface Placed {
  readonly priorityId: PriorityId;
  readonly focusAreaId: FocusAreaId;
  readonly status: StatusId;
}

export interface MatrixCounts {
  readonly cells: Record<PriorityId, Record<FocusAreaId, StatusCounts>>;
  readonly rows: Record<PriorityId, StatusCounts>;
  readonly columns: Record<FocusAreaId, StatusCounts>;
  readonly total: StatusCounts;
}

// Counts per cell of the priority × focus-area matrix, with row, column and
// grand totals; every priority and focus area asked for is present, even empty.
export function matrixCounts(
  actions: Iterable<Placed>,
  priorityIds: readonly PriorityId[],
  focusAreaIds: readonly FocusAreaId[],
): MatrixCounts {
  const perColumn = () => Object.fromEntries(focusAreaIds.map((f) => [f, emptyCounts()])) as Record<FocusAreaId, StatusCounts>;
  const cells = Object.fromEntries(priorityIds.map((p) => [p, perColumn()])) as MatrixCounts['cells'];
  const rows = Object.fromEntries(priorityIds.map((p) => [p, emptyCounts()])) as MatrixCounts['rows'];
  const columns = perColumn();
  const total = emptyCounts();
  for (const { priorityId, focusAreaId, status } of actions) {
    const cell = cells[priorityId]?.[focusAreaId];
    if (cell === undefined) continue;
    cell[status] += 1;
    rows[priorityId][status] += 1;
    columns[focusAreaId][status] += 1;
    total[status] += 1;
  }
  return { cells, rows, columns, total };
}
