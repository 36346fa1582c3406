import type { Kysely } from 'kysely';
import type { Action, ActionFilters } from '../../../src/contract/actions';
import { listPageSize } from '../../../src/domain/list-actions';
import type { RevisionCache } from '../../store/revision-cache';
import type { Database } from '../schema';
import { actionOrderTerms, driveOf, orderItem } from './action-order';
import { matchingActions } from './action-query';
import { actionColumns, toAction } from './action-rows';
import { countMatching } from './count-matching';
import { pageWindow } from './page-window';
import { dialectOf } from './sql-dialect';

// One page of the list and how many match, both answered by the database.
// The page is found on the narrow keys first (an index scan that stops at
// the page), then only its rows are read in full. How many match is the
// same for every page and order of the same filters until the data changes,
// so it is kept for the data revision when a cache is given: paging through
// a search counts its matches once, not on every page.
export async function listActions(db: Kysely<Database>, filters: ActionFilters, quarter: string, kept?: RevisionCache): Promise<{ items: Action[]; total: number }> {
  const dialect = dialectOf(db);
  const count = () => countMatching(db, dialect, filters, quarter);
  const window = pageWindow(filters.page ?? 1, listPageSize(filters));
  let page = matchingActions(db, dialect, filters, quarter, driveOf(filters)).select('a.id');
  for (const term of actionOrderTerms(dialect, filters.sort)) page = page.orderBy(orderItem(term));
  page = page.limit(window.limit).offset(window.offset);
  // Keyed by every filter but the page, the order and the asked quarter (the
  // answered one is in the key), so a filter added later is counted apart.
  const { page: _page, pageSize: _pageSize, sort: _sort, quarter: _asked, ...counting } = filters;
  const counted = kept === undefined ? count() : kept.get(`matching ${quarter} ${JSON.stringify(counting)}`, count);
  const [total, ids] = await Promise.all([counted, page.execute()]);
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
