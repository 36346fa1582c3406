import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../dialect';
import { rebuildReadModel } from '../read-model/bulk-read-model';
import type { Database } from '../schema';

// The read model: each action's status as of each plan quarter, the counts
// per cell, the student groups one row each, and on actions the keys the list
// sorts and searches by, with an index for every filter and sort. Keys are
// compared bytewise, as the domain compares them: SQLite's default collation,
// "C" on PostgreSQL. Existing databases get it built from their updates.
export function readModel(dialect: Dialect): Migration {
  const keyText = dialect === 'postgres' ? sql`text collate "C"` : sql`text`;
  const binaryId = dialect === 'postgres' ? sql`id collate "C"` : sql`id`;
  const binaryActionId = dialect === 'postgres' ? sql`action_id collate "C"` : sql`action_id`;
  return {
    async up(db: Kysely<unknown>) {
      const columns: readonly [string, 'integer' | typeof keyText, boolean][] = [
        ['priority_rank', 'integer', true],
        ['focus_area_rank', 'integer', true],
        ['title_key', keyText, true],
        ['id_key', keyText, true],
        ['owner_key', keyText, true],
        ['strategy_key', keyText, false],
        ['search_text', keyText, true],
        ['owner_search', keyText, true],
      ];
      for (const [name, type, required] of columns) {
        await db.schema
          .alterTable('actions')
          .addColumn(name, type, (c) => (required ? c.notNull().defaultTo(type === 'integer' ? 0 : '') : c))
          .execute();
      }
      await db.schema
        .createTable('action_status')
        .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
        .addColumn('quarter', 'text', (c) => c.notNull())
        .addColumn('priority_id', 'text', (c) => c.notNull())
        .addColumn('focus_area_id', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('status_rank', 'integer', (c) => c.notNull())
        .addColumn('percent_complete', 'integer', (c) => c.notNull())
        .addColumn('decided_in', 'text')
        .addColumn('reported', 'integer', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('from_status', 'text', (c) => c.notNull())
        .addColumn('overdue', 'integer', (c) => c.notNull())
        .addColumn('unreported', 'integer', (c) => c.notNull())
        .addColumn('priority_rank', 'integer', (c) => c.notNull())
        .addColumn('focus_area_rank', 'integer', (c) => c.notNull())
        .addColumn('title_key', keyText, (c) => c.notNull())
        .addColumn('id_key', keyText, (c) => c.notNull())
        .addPrimaryKeyConstraint('action_status_pk', ['action_id', 'quarter'])
        .execute();
      // A quarter's rows in the plan's order (the review's lists), and by
      // status and by percent either way with the plan's order after.
      const statusPlanOrder = sql`priority_rank, focus_area_rank, title_key, id_key, ${binaryActionId}`;
      await sql`create index action_status_plan_order on action_status (quarter, ${statusPlanOrder})`.execute(db);
      for (const [name, column] of [['status', sql`status_rank`], ['percent', sql`percent_complete`]] as const) {
        await sql`create index ${sql.id(`action_status_by_${name}`)} on action_status (quarter, ${column}, ${statusPlanOrder})`.execute(db);
        await sql`create index ${sql.id(`action_status_by_${name}_desc`)} on action_status (quarter, ${column} desc, ${statusPlanOrder})`.execute(db);
      }
      await db.schema
        .createTable('action_student_groups')
        .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
        .addColumn('student_group_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('action_student_groups_pk', ['action_id', 'student_group_id'])
        .execute();
      await db.schema
        .createIndex('action_student_groups_by_group')
        .on('action_student_groups')
        .columns(['student_group_id', 'action_id'])
        .execute();
      await db.schema
        .createTable('status_counts')
        .addColumn('quarter', 'text', (c) => c.notNull())
        .addColumn('priority_id', 'text', (c) => c.notNull())
        .addColumn('focus_area_id', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('from_status', 'text', (c) => c.notNull())
        .addColumn('overdue', 'integer', (c) => c.notNull())
        .addColumn('unreported', 'integer', (c) => c.notNull())
        .addColumn('actions', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('status_counts_pk', ['quarter', 'priority_id', 'focus_area_id', 'status', 'from_status', 'overdue', 'unreported'])
        .execute();
      // The plan's order ends every sort, ascending whichever way the column
      // runs, so each column has an index per direction, ending with it.
      await sql`create index actions_plan_order on actions (priority_rank, focus_area_rank, title_key, id_key, ${binaryId})`.execute(db);
      const sortColumns: readonly [string, ReturnType<typeof sql>, ReturnType<typeof sql>][] = [
        ['title', sql`title_key`, sql`priority_rank, focus_area_rank, id_key, ${binaryId}`],
        ['focus_area', sql`focus_area_rank`, sql`priority_rank, title_key, id_key, ${binaryId}`],
        ['owner', sql`owner_key`, sql`priority_rank, focus_area_rank, title_key, id_key, ${binaryId}`],
        ['due', sql`due_quarter`, sql`priority_rank, focus_area_rank, title_key, id_key, ${binaryId}`],
      ];
      await sql`create index actions_by_priority_desc on actions (priority_rank desc, focus_area_rank, title_key, id_key, ${binaryId})`.execute(db);
      for (const [name, column, rest] of sortColumns) {
        await sql`create index ${sql.id(`actions_by_${name}`)} on actions (${column}, ${rest})`.execute(db);
        await sql`create index ${sql.id(`actions_by_${name}_desc`)} on actions (${column} desc, ${rest})`.execute(db);
      }
      // Actions without a strategy last both ways, by the same expressions the list orders by.
      const strategyTail = sql`priority_rank, focus_area_rank, title_key, id_key, ${binaryId}`;
      await sql`create index actions_by_strategy on actions ((strategy_key is null), coalesce(strategy_key, ''), ${strategyTail})`.execute(db);
      await sql`create index actions_by_strategy_desc on actions ((strategy_key is null), coalesce(strategy_key, '') desc, ${strategyTail})`.execute(db);
      await db.schema.createIndex('actions_sample').on('actions').column('sample').execute();
      await db.schema.createIndex('updates_by_quarter').on('updates').column('quarter').execute();
      await rebuildReadModel(db as Kysely<Database>);
    },
  };
}
