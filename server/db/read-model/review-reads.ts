import { sql, type Kysely, type RawBuilder } from 'kysely';
import { statusIds, type StatusId } from '../../../src/contract/ids';
import type { ReviewAction } from '../../../src/contract/review';
import { isChange, isNewlyCompleted, isNewlyTroubled } from '../../../src/domain/quarterly-review';
import { emptyCounts } from '../../../src/domain/status-counts';
import type { PageRequest, ReviewListId, ReviewQuarters, ReviewSummary } from '../../store/action-reads';
import { reviewListIds, type ReviewScope } from '../../store/action-reads';
import { ownerKey } from '../../../src/domain/owner-key';
import type { Database } from '../schema';
import { orderItem, statusPlanOrderTerms } from './action-order';
import { pageWindow } from './page-window';
import { reviewActionColumns, toReviewAction } from './review-action-rows';
import { dialectOf } from './sql-dialect';
import { anySampleAction } from './status-count-reads';

// The read model holds, per action and quarter, the status the quarter
// before (`from_status`: not started before the plan) and whether the
// action is overdue or unreported, by the domain's rules; the review's
// counts and lists are read from it. ReviewQuarters.previous is therefore
// always the quarter before, or null for the plan's first quarter.

type Move = { from: StatusId; to: StatusId };
const moves: Move[] = statusIds.flatMap((from) => statusIds.map((to) => ({ from, to })));
const movesWhere: Record<'changes' | 'newlyAtRisk' | 'completed', (move: Move) => boolean> = {
  changes: isChange,
  newlyAtRisk: isNewlyTroubled,
  completed: isNewlyCompleted,
};

// A list's rows, as a condition on the columns that action_status and
// status_counts share: the moves the domain's rule accepts, or a flag.
export function listCondition(list: ReviewListId): RawBuilder<boolean> {
  if (list === 'overdue') return sql<boolean>`overdue = 1`;
  if (list === 'notReported') return sql<boolean>`unreported = 1`;
  const accepted = moves.filter(movesWhere[list]).map(({ from, to }) => sql`(from_status = ${from} and status = ${to})`);
  return sql<boolean>`(${sql.join(accepted, sql` or `)})`;
}

export async function reviewSummaryOf(db: Kysely<Database>, { quarter }: ReviewQuarters): Promise<ReviewSummary> {
  const [rows, sample] = await Promise.all([
    db
      .selectFrom('status_counts')
      .select((eb) => ['status', 'from_status', 'overdue', 'unreported', eb.fn.sum<number | string>('actions').as('actions')])
      .where('quarter', '=', quarter)
      .groupBy(['status', 'from_status', 'overdue', 'unreported'])
      .execute(),
    anySampleAction(db),
  ]);
  const counts = emptyCounts();
  const previousCounts = emptyCounts();
  const listTotals = Object.fromEntries(reviewListIds.map((list) => [list, 0])) as Record<ReviewListId, number>;
  for (const row of rows) {
    const actions = Number(row.actions);
    const move = { from: row.from_status as StatusId, to: row.status as StatusId };
    counts[move.to] += actions;
    previousCounts[move.from] += actions;
    for (const [list, accepts] of Object.entries(movesWhere)) if (accepts(move)) listTotals[list as ReviewListId] += actions;
    if (row.overdue === 1) listTotals.overdue += actions;
    if (row.unreported === 1) listTotals.notReported += actions;
  }
  return { counts, previousCounts, listTotals, sample };
}

export async function reviewListOf(
  db: Kysely<Database>,
  { quarter }: ReviewQuarters,
  list: ReviewListId,
  request: PageRequest,
  scope: ReviewScope = {},
): Promise<{ items: ReviewAction[]; total: number }> {
  const window = pageWindow(request.page, request.pageSize);
  // A scope narrows to one priority's or one owner's actions, found by their own columns.
  const scoped = scope.priority !== undefined || scope.owner !== undefined;
  const inScope = () => {
    let actions = db.selectFrom('actions').select('id');
    if (scope.priority !== undefined) actions = actions.where('priority_id', '=', scope.priority);
    if (scope.owner !== undefined) actions = actions.where('owner_search', '=', ownerKey(scope.owner));
    return actions;
  };
  let page = db.selectFrom('action_status as s').select('s.action_id').where('s.quarter', '=', quarter).where(listCondition(list));
  if (scoped) page = page.where('s.action_id', 'in', inScope());
  for (const term of statusPlanOrderTerms(dialectOf(db))) page = page.orderBy(orderItem(term));
  page = page.limit(window.limit).offset(window.offset);
  const counted = scoped
    ? db
        .selectFrom('action_status as s')
        .select((eb) => eb.fn.countAll<number | string>().as('total'))
        .where('s.quarter', '=', quarter)
        .where(listCondition(list))
        .where('s.action_id', 'in', inScope())
        .executeTakeFirstOrThrow()
    : db
        .selectFrom('status_counts')
        .select((eb) => eb.fn.sum<number | string | null>('actions').as('total'))
        .where('quarter', '=', quarter)
        .where(listCondition(list))
        .executeTakeFirstOrThrow();
  const [{ total }, ids] = await Promise.all([counted, page.execute()]);
  if (ids.length === 0) return { items: [], total: Number(total ?? 0) };
  // The page found on the index, then only its rows read in full.
  const rows = await db
    .selectFrom('action_status as s')
    .innerJoin('actions as a', 'a.id', 's.action_id')
    .select(reviewActionColumns)
    .where('s.quarter', '=', quarter)
    .where(
      's.action_id',
      'in',
      ids.map((row) => row.action_id),
    )
    .execute();
  const position = new Map(ids.map((row, i) => [row.action_id, i]));
  rows.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
  const items = rows.map(toReviewAction);
  return { items, total: Number(total ?? 0) };
}
