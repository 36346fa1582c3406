import type { Kysely } from 'kysely';
import type { Action, ActionFilters } from '../../../src/contract/actions';
import type { Database } from '../schema';
import { actionOrderTerms, orderItem } from './action-order';
import { matchingActions } from './action-query';
import { actionColumns, toAction } from './action-rows';
import { dialectOf } from './sql-dialect';
import { pageWindow } from './page-window';

// One page of the list and how many match, both answered by the database.
export async function listActions(db: Kysely<Database>, filters: ActionFilters, quarter: string): Promise<{ items: Action[]; total: number }> {
  const dialect = dialectOf(db);
  const matching = matchingActions(db, dialect, filters, quarter);
  const window = pageWindow(filters.page ?? 1, filters.pageSize ?? null);
  const counted = matching.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow();
  let page = matching.select(actionColumns);
  for (const term of actionOrderTerms(dialect, filters.sort)) page = page.orderBy(orderItem(term));
  if (window.limit !== null) page = page.limit(window.limit).offset(window.offset);
  const [{ total }, rows] = await Promise.all([counted, window.empty ? [] : page.execute()]);
  return { items: rows.map(toAction), total: Number(total) };
}
