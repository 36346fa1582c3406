import type { Kysely, Selectable } from 'kysely';
import type { ActionStatusTable, Database } from '../schema';

const countedColumns = ['quarter', 'priority_id', 'focus_area_id', 'status', 'from_status', 'overdue', 'unreported'] as const;
type Counted = Pick<Selectable<ActionStatusTable>, (typeof countedColumns)[number]>;

const keyOf = (row: Counted) => JSON.stringify(countedColumns.map((column) => row[column]));

// Takes `before` out of the status counts and puts `after` in. Only the
// counts that change are written: a new update usually moves one or two.
export async function applyStatusCountDeltas(db: Kysely<Database>, before: readonly Counted[], after: readonly Counted[]): Promise<void> {
  const deltas = new Map<string, { row: Counted; delta: number }>();
  const add = (row: Counted, delta: number) => {
    const key = keyOf(row);
    const entry = deltas.get(key) ?? { row, delta: 0 };
    entry.delta += delta;
    deltas.set(key, entry);
  };
  for (const row of before) add(row, -1);
  for (const row of after) add(row, 1);
  for (const { row, delta } of deltas.values()) {
    if (delta === 0) continue;
    await db
      .insertInto('status_counts')
      .values({ ...Object.fromEntries(countedColumns.map((column) => [column, row[column]])), actions: delta } as Counted & { actions: number })
      .onConflict((oc) => oc.columns(countedColumns).doUpdateSet((eb) => ({ actions: eb('status_counts.actions', '+', delta) })))
      .execute();
  }
}

// Counts every row of the read model again: after a bulk load or a migration.
export async function recountStatuses(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('status_counts').execute();
  await db
    .insertInto('status_counts')
    .columns([...countedColumns, 'actions'])
    .expression(
      db
        .selectFrom('action_status')
        .select((eb) => [...countedColumns, eb.fn.countAll<number>().as('actions')])
        .groupBy([...countedColumns]),
    )
    .execute();
}
