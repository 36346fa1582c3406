import { sql, type Kysely } from 'kysely';
import type { ReviewAction } from '../../../src/contract/review';
import { reviewListIds, type ReviewListId, type ReviewQuarters } from '../../store/action-reads';
import type { Database } from '../schema';
import { orderItem, statusPlanOrderTerms } from './action-order';
import { reviewActionColumns, toReviewAction } from './review-action-rows';
import { listCondition } from './review-reads';
import { dialectOf } from './sql-dialect';

// The first page of every list of a review in one statement: each list's
// ids are walked on the quarter's plan-order index and stop at the page,
// then only those rows are read in full.
export async function reviewFirstPagesOf(
  db: Kysely<Database>,
  { quarter }: ReviewQuarters,
  pageSize: number,
): Promise<Record<ReviewListId, ReviewAction[]>> {
  const order = statusPlanOrderTerms(dialectOf(db));
  const firstIds = (list: ReviewListId) => {
    let ids = db.selectFrom('action_status as s').select('s.action_id').where('s.quarter', '=', quarter).where(listCondition(list));
    for (const term of order) ids = ids.orderBy(orderItem(term));
    // The list's id is written as a literal: a bound value has no type in a PostgreSQL union.
    return db.selectFrom(ids.limit(pageSize).as('p')).select([sql.lit(list).as('list'), 'p.action_id']);
  };
  const [first, ...rest] = reviewListIds.map(firstIds);
  if (first === undefined) throw new Error('A review has lists');
  let query = db
    .selectFrom(rest.reduce((union, ids) => union.unionAll(ids), first).as('p'))
    // Joined in this order (SQLite keeps a CROSS JOIN's), so the few ids
    // found lead; left to itself, the planner walks the quarter's rows in
    // the outer order to spare a sort of the page.
    .crossJoin('action_status as s')
    .crossJoin('actions as a')
    .whereRef('s.action_id', '=', 'p.action_id')
    .where('s.quarter', '=', quarter)
    .whereRef('a.id', '=', 'p.action_id')
    .select(reviewActionColumns)
    .select('p.list');
  for (const term of order) query = query.orderBy(orderItem(term));
  const lists = Object.fromEntries(reviewListIds.map((list) => [list, [] as ReviewAction[]])) as Record<ReviewListId, ReviewAction[]>;
  for (const row of await query.execute()) lists[row.list as ReviewListId].push(toReviewAction(row));
  return lists;
}
