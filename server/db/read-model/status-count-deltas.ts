import type { Kysely, Selectable } from 'kysely';
import type { ActionStatusTable, Database } from '../schema';

type Counted = Pick<Selectable<ActionStatusTable>, 'quarter' | 'priority_id' | 'focus_area_id' | 'status'>;

const keyOf = (row: Counted) => JSON.stringify([row.quarter, row.priority_id, row.focus_area_id, row.status]);

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
      .values({ quarter: row.quarter, priority_id: row.priority_id, focus_area_id: row.focus_area_id, status: row.status, actions: delta })
      .onConflict((oc) =>
        oc.columns(['quarter', 'priority_id', 'focus_area_id', 'status']).doUpdateSet((eb) => ({ actions: eb('status_counts.actions', '+', delta) })),
      )
      .execute();
  }
}

// Counts every row of the read model again: after a bulk load or a migration.
export async function recountStatuses(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('status_counts').execute();
  await db
    .insertInto('status_counts')
    .columns(['quarter', 'priority_id', 'focus_area_id', 'status', 'actions'])
    .expression(
      db
        .selectFrom('action_status')
        .select((eb) => ['quarter', 'priority_id', 'focus_area_id', 'status', eb.fn.countAll<number>().as('actions')])
        .groupBy(['quarter', 'priority_id', 'focus_area_id', 'status']),
    )
    .execute();
}
