import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../dialect';

// The quarterly cycle: publications (with what the board was shown), the
// director's summary per quarter, corrections made after publishing, and
// settings such as the days updates are due after a quarter ends.
export function reporting(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('publications')
        .addColumn('quarter', 'text', (c) => c.primaryKey())
        .addColumn('published', 'integer', (c) => c.notNull())
        .addColumn('published_at', 'text', (c) => c.notNull())
        .addColumn('published_by', 'text', (c) => c.notNull())
        .addColumn('reopened_at', 'text')
        .addColumn('reopened_by', 'text')
        .addColumn('reopen_reason', 'text')
        // JSON: the figures as published, so the packet prints them later unchanged.
        .addColumn('snapshot', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('quarter_summaries')
        .addColumn('quarter', 'text', (c) => c.primaryKey())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('highlights', 'text', (c) => c.notNull())
        .addColumn('asks', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('update_revisions')
        .addColumn('seq', dialect === 'postgres' ? sql`integer generated always as identity` : 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
        .addColumn('quarter', 'text', (c) => c.notNull())
        .addColumn('before', 'text')
        .addColumn('after', 'text', (c) => c.notNull())
        .addColumn('revised_at', 'text', (c) => c.notNull())
        .addColumn('revised_by', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('update_revisions_quarter').on('update_revisions').columns(['quarter', 'seq']).execute();
    },
  };
}
