import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { FocusAreaId, PriorityId, StatusId } from '../../../src/contract/ids';
import type { ReviewAction } from '../../../src/contract/review';
import type { StatusCounts } from '../../../src/contract/status-history';
import type { PageRequest, ReviewListId, ReviewQuarters, ReviewSummary } from '../../store/action-reads';
import { reviewListIds } from '../../store/action-reads';
import { emptyCounts } from '../../../src/domain/status-counts';
import { countActions } from '../repository/action-repository';
import type { Database } from '../schema';
import { orderItem, planOrderTerms } from './action-order';
import { pageWindow } from './page-window';
import { dialectOf } from './sql-dialect';
import { anySampleAction, statusCountsOf } from './status-count-reads';

// Each action's status at the end of the reviewed quarter (`now`) and of the
// one before (`prev`); before the plan, every action counts as not started.
function reviewRows(db: Kysely<Database>, { quarter, previous }: ReviewQuarters) {
  const base = db
    .selectFrom('actions as a')
    .innerJoin('action_status as now', (join) => join.onRef('now.action_id', '=', 'a.id').on('now.quarter', '=', quarter));
  return previous === null
    ? base.leftJoin('action_status as prev', (join) => join.onRef('prev.action_id', '=', 'a.id').on(sql<boolean>`1 = 0`))
    : base.innerJoin('action_status as prev', (join) => join.onRef('prev.action_id', '=', 'a.id').on('prev.quarter', '=', previous));
}

const from = sql<string>`coalesce(prev.status, 'not-started')`;
const to = sql<string>`now.status`;
const open = sql<boolean>`${to} not in ('completed', 'deferred')`;

// The review's lists, as src/domain/quarterly-review.ts defines them.
function listCondition(list: ReviewListId, quarter: string): RawBuilder<boolean> {
  switch (list) {
    case 'changes':
      return sql`${from} <> ${to}`;
    case 'newlyAtRisk':
      return sql`((${to} = 'off-track' and ${from} <> 'off-track') or (${to} = 'at-risk' and ${from} not in ('at-risk', 'off-track')))`;
    case 'completed':
      return sql`(${to} = 'completed' and ${from} <> 'completed')`;
    case 'overdue':
      return sql`(a.due_quarter < ${quarter} and ${open})`;
    case 'notReported':
      return sql`(a.start_quarter <= ${quarter} and ${open} and now.reported = 0)`;
  }
}

// Null: before the plan, when every action was not started.
async function countsAt(db: Kysely<Database>, quarter: string | null): Promise<StatusCounts> {
  if (quarter === null) return { ...emptyCounts(), 'not-started': await countActions(db) };
  return (await statusCountsOf(db, {}, [quarter])).get(quarter) ?? emptyCounts();
}

export async function reviewSummaryOf(db: Kysely<Database>, quarters: ReviewQuarters): Promise<ReviewSummary> {
  const totals = reviewRows(db, quarters)
    .select(reviewListIds.map((list) => sql<number | string>`sum(case when ${listCondition(list, quarters.quarter)} then 1 else 0 end)`.as(list)))
    .executeTakeFirstOrThrow();
  const [row, counts, previousCounts, sample] = await Promise.all([
    totals,
    countsAt(db, quarters.quarter),
    countsAt(db, quarters.previous),
    anySampleAction(db),
  ]);
  const listTotals = Object.fromEntries(reviewListIds.map((list) => [list, Number(row[list] ?? 0)])) as Record<ReviewListId, number>;
  return { counts, previousCounts, listTotals, sample };
}

export async function reviewListOf(
  db: Kysely<Database>,
  quarters: ReviewQuarters,
  list: ReviewListId,
  request: PageRequest,
): Promise<{ items: ReviewAction[]; total: number }> {
  const matching = reviewRows(db, quarters).where(listCondition(list, quarters.quarter));
  const window = pageWindow(request.page, request.pageSize);
  let page = matching.select('a.id');
  for (const term of planOrderTerms(dialectOf(db))) page = page.orderBy(orderItem(term));
  if (window.limit !== null) page = page.limit(window.limit).offset(window.offset);
  const [{ total }, ids] = await Promise.all([
    matching.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow(),
    window.empty ? [] : page.execute(),
  ]);
  if (ids.length === 0) return { items: [], total: Number(total) };
  // The page found on the narrow keys, then only its rows read in full.
  const rows = await reviewRows(db, quarters)
    .select([
      'a.id',
      'a.title',
      'a.priority_id',
      'a.focus_area_id',
      'a.owner',
      'a.start_quarter',
      'a.due_quarter',
      'a.sample',
      'now.status',
      'now.percent_complete',
      'now.note',
      'now.decided_in',
      from.as('from_status'),
    ])
    .where(
      'a.id',
      'in',
      ids.map((row) => row.id),
    )
    .execute();
  const position = new Map(ids.map((row, i) => [row.id, i]));
  rows.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
  const items = rows.map(
    (row): ReviewAction => ({
      actionId: row.id,
      title: row.title,
      priorityId: row.priority_id as PriorityId,
      focusAreaId: row.focus_area_id as FocusAreaId,
      owner: row.owner,
      startQuarter: row.start_quarter,
      dueQuarter: row.due_quarter,
      from: row.from_status as StatusId,
      to: row.status as StatusId,
      percentComplete: row.percent_complete,
      note: row.note,
      lastUpdateQuarter: row.decided_in,
      sample: row.sample === 1,
    }),
  );
  return { items, total: Number(total) };
}
