import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Action, ActionExportQuery } from '../../../src/contract/actions';
import type { Database } from '../schema';
import { actionOrderTerms, driveOf, orderItem, type OrderTerm } from './action-order';
import { matchingActions } from './action-query';
import { actionColumns, toAction, type ActionRow } from './action-rows';
import { dialectOf } from './sql-dialect';

const rowsPerChunk = 1000;

// Rows after `last` in the order of `terms`: the first term where they
// differ decides, each in its own direction.
function after(terms: readonly OrderTerm[], last: readonly unknown[]): RawBuilder<boolean> {
  const alternatives = terms.map((term, i) => {
    const equalBefore = terms.slice(0, i).map((earlier, j) => sql`${earlier.expression} = ${last[j]}`);
    const beyond = sql`${term.expression} ${sql.raw(term.descending ? '<' : '>')} ${last[i]}`;
    return sql.join([...equalBefore, beyond], sql` and `);
  });
  return sql<boolean>`(${sql.join(alternatives.map((a) => sql`(${a})`), sql` or `)})`;
}

// Every matching action in the list's order, a chunk at a time, each chunk
// starting after the last row of the one before (no OFFSET), so memory stays
// flat and each chunk costs the same however far the export has got.
export async function* selectActions(db: Kysely<Database>, filters: ActionExportQuery, quarter: string): AsyncGenerator<Action> {
  const dialect = dialectOf(db);
  const terms = actionOrderTerms(dialect, filters.sort);
  let last: unknown[] | null = null;
  for (;;) {
    let query = matchingActions(db, dialect, filters, quarter, driveOf(filters))
      .select(actionColumns)
      .select(terms.map((term, i) => sql`${term.expression}`.as(`k${i}`)));
    if (last !== null) query = query.where(after(terms, last));
    for (const term of terms) query = query.orderBy(orderItem(term));
    const rows = (await query.limit(rowsPerChunk).execute()) as (ActionRow & Record<string, unknown>)[];
    for (const row of rows) yield toAction(row);
    const final = rows.at(-1);
    if (final === undefined || rows.length < rowsPerChunk) return;
    last = terms.map((_, i) => final[`k${i}`]);
  }
}
