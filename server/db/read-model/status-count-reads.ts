import type { Kysely } from 'kysely';
import type { StatusId } from '../../../src/contract/ids';
import type { OverviewCell } from '../../../src/contract/overview';
import type { StatusCounts, StatusHistoryFilters } from '../../../src/contract/status-history';
import { overviewCells } from '../../../src/domain/overview';
import { emptyCounts } from '../../../src/domain/status-counts';
import type { Database } from '../schema';

// The summaries read the counts kept per quarter, cell and status: their
// cost depends on the plan's shape (quarters × 24 cells × statuses), not on
// how many actions it has.

export async function anySampleAction(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('actions').select('id').where('sample', '=', 1).limit(1).executeTakeFirst();
  return row !== undefined;
}

export async function overviewOf(db: Kysely<Database>, quarter: string): Promise<{ cells: OverviewCell[]; sample: boolean }> {
  const [rows, sample] = await Promise.all([
    db
      .selectFrom('status_counts')
      .select(['priority_id', 'focus_area_id', 'status', 'actions'])
      .where('quarter', '=', quarter)
      .where('actions', '>', 0)
      .execute(),
    anySampleAction(db),
  ]);
  const cells = overviewCells([]);
  const cellOf = new Map(cells.map((cell) => [`${cell.priorityId} ${cell.focusAreaId}`, cell.counts]));
  for (const row of rows) {
    const counts = cellOf.get(`${row.priority_id} ${row.focus_area_id}`);
    if (counts !== undefined) counts[row.status as StatusId] += Number(row.actions);
  }
  return { cells, sample };
}

export async function statusCountsOf(
  db: Kysely<Database>,
  filters: StatusHistoryFilters,
  quarters: readonly string[],
): Promise<Map<string, StatusCounts>> {
  const byQuarter = new Map(quarters.map((quarter) => [quarter, emptyCounts()]));
  if (quarters.length === 0) return byQuarter;
  let query = db
    .selectFrom('status_counts')
    .select((eb) => ['quarter', 'status', eb.fn.sum<number | string>('actions').as('actions')])
    .where('quarter', 'in', quarters)
    .groupBy(['quarter', 'status']);
  if (filters.priority !== undefined) query = query.where('priority_id', '=', filters.priority);
  if (filters.focusArea !== undefined) query = query.where('focus_area_id', '=', filters.focusArea);
  for (const row of await query.execute()) {
    const counts = byQuarter.get(row.quarter);
    if (counts !== undefined) counts[row.status as StatusId] += Number(row.actions);
  }
  return byQuarter;
}
