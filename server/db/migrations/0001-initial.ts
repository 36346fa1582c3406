import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../dialect';

// The first schema. Text keys are the contract's stable ids; foreign keys
// keep every action, update and value tied to an existing parent.
export function initial(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('plan')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('texts', 'text', (c) => c.notNull())
        .addColumn('start_quarter', 'text', (c) => c.notNull())
        .addColumn('end_quarter', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('focus_areas')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('priorities')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('number', 'integer', (c) => c.notNull().unique())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('statement', 'text', (c) => c.notNull())
        .addColumn('rationale', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('strategies')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('priority_id', 'text', (c) => c.notNull().references('priorities.id'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('actions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('priority_id', 'text', (c) => c.notNull().references('priorities.id'))
        .addColumn('focus_area_id', 'text', (c) => c.notNull().references('focus_areas.id'))
        .addColumn('strategy_id', 'text', (c) => c.references('strategies.id'))
        .addColumn('owner', 'text', (c) => c.notNull())
        .addColumn('start_quarter', 'text', (c) => c.notNull())
        .addColumn('due_quarter', 'text', (c) => c.notNull())
        .addColumn('student_groups', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('sample', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('actions_cell').on('actions').columns(['priority_id', 'focus_area_id']).execute();
      await db.schema
        .createTable('updates')
        .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
        .addColumn('quarter', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('percent_complete', 'integer', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('author', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('updates_pk', ['action_id', 'quarter'])
        .execute();
      await db.schema
        .createTable('benchmarks')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('priority_id', 'text', (c) => c.notNull().references('priorities.id'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('direction', 'text', (c) => c.notNull())
        .addColumn('baseline_year', 'text', (c) => c.notNull())
        .addColumn('baseline_value', 'double precision', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('sample', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('benchmark_years')
        .addColumn('benchmark_id', 'text', (c) => c.notNull().references('benchmarks.id').onDelete('cascade'))
        .addColumn('school_year', 'text', (c) => c.notNull())
        .addColumn('target', 'double precision')
        .addColumn('actual', 'double precision')
        .addPrimaryKeyConstraint('benchmark_years_pk', ['benchmark_id', 'school_year'])
        .execute();
      await db.schema
        .createTable('benchmark_group_values')
        .addColumn('benchmark_id', 'text', (c) => c.notNull().references('benchmarks.id').onDelete('cascade'))
        .addColumn('student_group_id', 'text', (c) => c.notNull())
        .addColumn('school_year', 'text', (c) => c.notNull())
        .addColumn('actual', 'double precision')
        .addPrimaryKeyConstraint('benchmark_group_values_pk', ['benchmark_id', 'student_group_id', 'school_year'])
        .execute();
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sign_in_failures')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('failures', 'integer', (c) => c.notNull())
        .addColumn('first_failure_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('audit')
        .addColumn('seq', dialect === 'postgres' ? sql`integer generated always as identity` : 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text')
        .addColumn('user_email', 'text', (c) => c.notNull())
        .addColumn('operation', 'text', (c) => c.notNull())
        .addColumn('entity_type', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('before', 'text')
        .addColumn('after', 'text')
        .execute();
      await db.schema.createIndex('audit_entity').on('audit').columns(['entity_type', 'entity_id']).execute();
    },
  };
}
