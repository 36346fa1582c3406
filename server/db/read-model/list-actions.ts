import type { Kysely } from 'kysely';
import type { Action, ActionFilters } from '../../../src/contract/actions';
import { listPageSize } from '../../../src/domain/list-actions';
import type { Database } from '../schema';
import { actionOrderTerms, driveOf, orderItem } from './action-order';
import { matchingActions } from './action-query';
import { actionColumns, toAction } from './action-rows';
import { countMatching } from './count-matching';
import { pageWindow } from './page-window';
import { dialectOf } from './sql-dialect';

// One page of the list and how many match, both answered by the database.
// The page is found on the narrow keys first (an index scan that stops at
// the page), then only its rows are read in full.
export async function listActions(db: Kysely<Database>, filters: ActionFilters, quarter: string): Promise<{ items: Action[]; total: number }> {
  const dialect = dialectOf(db);
  const window = pageWindow(filters.page ?? 1, listPageSize(filters));
  let page = matchingActions(db, dialect, filters, quarter, driveOf(filters)).select('a.id');
  for (const term of actionOrderTerms(dialect, filters.sort)) page = page.orderBy(orderItem(term));
  page = page.limit(window.limit).offset(window.offset);
  const [total, ids] = await Promise.all([countMatching(db, dialect, filters, quarter), page.execute()]);
  if (ids.length === 0) return { items: [], total };
  const rows = await db
    .selectFrom('actions as a')
    .innerJoin('action_status as s', (join) => join.onRef('s.action_id', '=', 'a.id').on('s.quarter', '=', quarter))
    .select(actionColumns)
    .where(
      'a.id',
      'in',
      ids.map((row) => row.id),
    )
    .execute();
  const byId = new Map(rows.map((row) => [row.id, toAction(row)]));
  return { items: ids.map(({ id }) => byId.get(id)).filter((action): action is Action => action !== undefined), total };
}
