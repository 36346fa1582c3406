import type { Kysely } from 'kysely';
import type { ActionExportQuery } from '../../../src/contract/actions';
import type { Dialect } from '../dialect';
import type { Database } from '../schema';
import { driveOf } from './action-order';
import { matchingActions, needsRows } from './action-query';

// How many actions match. Filters on the cell and the status alone are
// answered from the counts kept per quarter, cell and status, whatever the
// plan's size; any other filter counts the matching rows.
export async function countMatching(db: Kysely<Database>, dialect: Dialect, filters: ActionExportQuery, quarter: string): Promise<number> {
  if (needsRows(filters)) {
    const row = await matchingActions(db, dialect, filters, quarter, driveOf(filters))
      .select((eb) => eb.fn.countAll<number | string>().as('total'))
      .executeTakeFirstOrThrow();
    return Number(row.total);
  }
  let counts = db
    .selectFrom('status_counts')
    .select((eb) => eb.fn.sum<number | string | null>('actions').as('total'))
    .where('quarter', '=', quarter);
  if (filters.priority !== undefined) counts = counts.where('priority_id', '=', filters.priority);
  if (filters.focusArea !== undefined) counts = counts.where('focus_area_id', '=', filters.focusArea);
  if (filters.status !== undefined) counts = counts.where('status', '=', filters.status);
  const row = await counts.executeTakeFirstOrThrow();
  return Number(row.total ?? 0);
}
