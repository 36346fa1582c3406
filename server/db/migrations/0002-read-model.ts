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
        .addPrimaryKeyConstraint('action_status_pk', ['action_id', 'quarter'])
        .execute();
      await db.schema.createIndex('action_status_by_status').on('action_status').columns(['quarter', 'status_rank']).execute();
      await db.schema.createIndex('action_status_by_percent').on('action_status').columns(['quarter', 'percent_complete']).execute();
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
        .addColumn('actions', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('status_counts_pk', ['quarter', 'priority_id', 'focus_area_id', 'status'])
        .execute();
      // The plan's order ends every sort, so each sort's index ends with it.
      const planOrder = sql`priority_rank, focus_area_rank, title_key, id_key, ${binaryId}`;
      const sortIndexes: readonly [string, ReturnType<typeof sql>][] = [
        ['actions_plan_order', planOrder],
        ['actions_by_title', sql`title_key, priority_rank, focus_area_rank, id_key, ${binaryId}`],
        ['actions_by_focus_area', sql`focus_area_rank, priority_rank, title_key, id_key, ${binaryId}`],
        ['actions_by_owner', sql`owner_key, ${planOrder}`],
        ['actions_by_due', sql`due_quarter, ${planOrder}`],
        ['actions_by_strategy', sql`strategy_key, ${planOrder}`],
      ];
      for (const [name, expression] of sortIndexes) {
        await sql`create index ${sql.id(name)} on actions (${expression})`.execute(db);
      }
      await db.schema.createIndex('actions_sample').on('actions').column('sample').execute();
      await db.schema.createIndex('updates_by_quarter').on('updates').column('quarter').execute();
      await rebuildReadModel(db as Kysely<Database>);
    },
  };
}
