import { sql, type RawBuilder } from 'kysely';
import type { ActionExportQuery, ActionSort } from '../../../src/contract/actions';
import { parseActionSort } from '../../../src/domain/sort-actions';
import type { Dialect } from '../dialect';
import { needsRows, type Drive } from './action-query';
import { binary } from './sql-dialect';

export interface OrderTerm {
  readonly expression: RawBuilder<unknown>;
  readonly descending: boolean;
}

const column = (name: string) => sql`${sql.ref(name)}`;

// The plan's order, which settles every tie: priority, focus area, title,
// then the id's key and the id, so no two actions tie. As sortActions.
const planOrderColumns = ['a.priority_rank', 'a.focus_area_rank', 'a.title_key', 'a.id_key'];

export function planOrderTerms(dialect: Dialect, without?: string): OrderTerm[] {
  return [
    ...planOrderColumns.filter((name) => name !== without).map((name) => ({ expression: column(name), descending: false })),
    { expression: binary(dialect, 'a.id'), descending: false },
  ];
}

// The same order read from a quarter's status rows (alias `s`).
export function statusPlanOrderTerms(dialect: Dialect): OrderTerm[] {
  return [
    ...['s.priority_rank', 's.focus_area_rank', 's.title_key', 's.id_key'].map((name) => ({ expression: column(name), descending: false })),
    { expression: binary(dialect, 's.action_id'), descending: false },
  ];
}

// Sorted by status or percent, the list pages through the quarter's status
// rows. So it does when one status is asked for and the matching rows must
// be counted anyway (a search, an owner, a group, a due quarter): that
// status's rows in the cell are the fewest to read (at 10,000 actions, 179
// instead of a priority's 1,646). Otherwise it walks the actions in the
// sort's order and stops at the page.
export function driveOf(filters: ActionExportQuery): Drive {
  const key = filters.sort === undefined ? undefined : parseActionSort(filters.sort).key;
  if (key === 'status' || key === 'percentComplete') return 'status';
  return filters.status !== undefined && needsRows(filters) ? 'status' : 'actions';
}

// The list's order as SQL terms, the rule of the domain's sortActions:
// the column asked for (either way), then the plan's order; actions without
// a strategy come last both ways.
export function actionOrderTerms(dialect: Dialect, sort: ActionSort | undefined): OrderTerm[] {
  const plan = planOrderTerms(dialect);
  if (sort === undefined) return plan;
  const { key, descending } = parseActionSort(sort);
  // A column of the plan's order is not repeated after it: the sort indexes
  // hold each column once, and the planner matches them only so.
  const by = (name: string): OrderTerm[] => {
    const tail = planOrderColumns.includes(name) ? planOrderTerms(dialect, name) : plan;
    return [{ expression: column(name), descending }, ...tail];
  };
  switch (key) {
    case 'title':
      return by('a.title_key');
    case 'priority':
      return by('a.priority_rank');
    case 'focusArea':
      return by('a.focus_area_rank');
    // Statuses and percentages change by quarter: these sorts page through
    // the quarter's rows, which carry the plan's order too.
    case 'status':
      return [{ expression: column('s.status_rank'), descending }, ...statusPlanOrderTerms(dialect)];
    case 'percentComplete':
      return [{ expression: column('s.percent_complete'), descending }, ...statusPlanOrderTerms(dialect)];
    case 'owner':
      return by('a.owner_key');
    case 'dueQuarter':
      return by('a.due_quarter');
    case 'strategy':
      return [
        { expression: sql`(a.strategy_key is null)`, descending: false },
        { expression: sql`coalesce(a.strategy_key, '')`, descending },
        ...plan,
      ];
  }
}

// One ORDER BY item: the term in its direction.
export function orderItem(term: OrderTerm): RawBuilder<unknown> {
  return sql`${term.expression} ${sql.raw(term.descending ? 'desc' : 'asc')}`;
}
