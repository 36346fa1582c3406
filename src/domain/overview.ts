import { focusAreaIds, priorityIds } from '../contract/ids';
import type { OverviewCell } from '../contract/overview';
import type { StatusCounts } from '../contract/status-history';
import { matrixCounts, type MatrixCounts } from './status-counts';

// The matrix's 24 cells in the plan's order (priority, then focus area),
// every one present even when empty, from the actions placed in them.
export function overviewCells(actions: Parameters<typeof matrixCounts>[0]): OverviewCell[] {
  const { cells } = matrixCounts(actions, priorityIds, focusAreaIds);
  return priorityIds.flatMap((priorityId) => focusAreaIds.map((focusAreaId) => ({ priorityId, focusAreaId, counts: cells[priorityId][focusAreaId] })));
}

// The row, column and grand totals of the cells, as the matrix shows them.
export function matrixOfCells(cells: readonly OverviewCell[]): MatrixCounts {
  const matrix = matrixCounts([], priorityIds, focusAreaIds);
  for (const { priorityId, focusAreaId, counts } of cells) {
    add(matrix.cells[priorityId][focusAreaId], counts);
    add(matrix.rows[priorityId], counts);
    add(matrix.columns[focusAreaId], counts);
    add(matrix.total, counts);
  }
  return matrix;
}

function add(into: StatusCounts, counts: StatusCounts): void {
  for (const status of Object.keys(counts) as (keyof StatusCounts)[]) into[status] += counts[status];
}

