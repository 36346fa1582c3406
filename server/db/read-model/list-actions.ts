import type { Kysely } from 'kysely';
import type { Action, ActionFilters } from '../../../src/contract/actions';
import { listPageSize } from '../../../src/domain/list-actions';
import { foldText } from '../../../src/domain/text-keys';
import type { RevisionCache } from '../../store/revision-cache';
import type { Database } from '../schema';
import { actionOrderTerms, driveOf, orderItem } from './action-order';
import { matchingActions, needsRows } from './action-query';
import { actionColumns, toAction } from './action-rows';
import { countMatching } from './count-matching';
import { pageWindow } from './page-window';
import { dialectOf, indexable, type TextLookup } from './sql-dialect';

// A filter on the actions' texts, groups or due quarter is checked row by
// row. When it leaves this many matches or fewer, they are kept in the
// list's order for the data revision (a cache given), like the counts: a
// search narrowed to a priority and a status walks every action of that
// priority and status to find its few matches (1,990 rows for 152 matches at
// 100,000 actions, 2 to 4 ms of SQL), and it did so again for every page,
// every repeat and every reader of the same list (each order is kept
// apart). A kept list holds a few hundred ids at most, and the cache a
// bounded number of lists.
export const keptMatchesAtMost = 500;

// One page of the list and how many match, both answered by the database.
// The page is found on the narrow keys first (an index scan that stops at
// the page), then only its rows are read in full. How many match is the
// same for every page and order of the same filters until the data changes,
// so it is kept for the data revision when a cache is given: paging through
// a search counts its matches once, not on every page.
export async function listActions(db: Kysely<Database>, filters: ActionFilters, quarter: string, kept?: RevisionCache): Promise<{ items: Action[]; total: number }> {
  const dialect = dialectOf(db);
  const window = pageWindow(filters.page ?? 1, listPageSize(filters));
  // Keyed by every filter but the page, the order and the asked quarter (the
  // answered one is in the key), so a filter added later is counted apart.
  const { page: _page, pageSize: _pageSize, sort: _sort, quarter: _asked, ...counting } = filters;
  const keep = <T>(key: string, compute: () => Promise<T>) => (kept === undefined ? compute() : kept.get(key, compute));
  const count = (which: typeof counting) => keep(`matching ${quarter} ${JSON.stringify(which)}`, () => countMatching(db, dialect, which, quarter));
  const counted = count(counting);
  const { q, owner, ...others } = counting;
  const needles = [q, owner].flatMap((needle) => (needle ? [foldText(needle)] : []));
  // Only a needle the index can find is worth counting through it first.
  let text: TextLookup = 'index';
  if (dialect === 'sqlite' && needles.length > 0) {
    if (!needles.every(indexable)) text = 'scan';
    else {
      // Awaited together: one after another, a count that failed first would
      // leave the list's own count unobserved, and its failure unhandled.
      const [textMatches, candidates, matches] = await Promise.all([count({ q, owner }), count(others), counted]);
      text = pageTextLookup({ textMatches, candidates, matches, rowsToPage: window.offset + window.limit });
    }
  }
  const inOrder = () => {
    let ordered = matchingActions(db, dialect, filters, quarter, driveOf(filters), text).select('a.id');
    for (const term of actionOrderTerms(dialect, filters.sort)) ordered = ordered.orderBy(orderItem(term));
    return ordered;
  };
  if (kept !== undefined && needsRows(counting)) {
    const total = await counted;
    if (total <= keptMatchesAtMost) {
      const matches = await keep(`in order ${quarter} ${filters.sort ?? ''} ${JSON.stringify(counting)}`, () => inOrder().execute());
      // Counted from the list itself, so a page and its total never tell of two revisions.
      return { items: await actionsIn(db, matches.slice(window.offset, window.offset + window.limit), quarter), total: matches.length };
    }
  }
  const [total, ids] = await Promise.all([counted, inOrder().limit(window.limit).offset(window.offset).execute()]);
  return { items: await actionsIn(db, ids, quarter), total };
}

// The actions of a page, read in full, in the page's order.
async function actionsIn(db: Kysely<Database>, ids: readonly { id: string }[], quarter: string): Promise<Action[]> {
  if (ids.length === 0) return [];
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
  return ids.map(({ id }) => byId.get(id)).filter((action): action is Action => action !== undefined);
}

// A page of a text search on SQLite starts from the actions whose texts
// match when reading those costs less than walking the list's order until
// the page is full, through the actions the other filters leave. Per action,
// finding a match through the index and sorting it costs about four times
// what looking into a walked row does (measured at 100,000 actions). A rare
// needle then reads only its matches; a common one, or one narrowed by a
// cell and a status, stops at the page.
export function pageTextLookup({ textMatches, candidates, matches, rowsToPage }: { textMatches: number; candidates: number; matches: number; rowsToPage: number }): TextLookup {
  const walked = Math.min(candidates, (rowsToPage * candidates) / Math.max(matches, 1));
  return textMatches * 4 <= walked ? 'index' : 'scan';
}
