import { sql, type Kysely, type Migration } from 'kysely';

// One number that every write transaction raises. A server keeps answers
// that change only with the data (the plan's texts, the counts) while the
// number stays the same, so several servers over one PostgreSQL database
// see each other's writes at their next request, without a restart.
export function dataRevision(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('data_revision')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .execute();
      await sql`insert into data_revision (id, revision) values (1, 0)`.execute(db);
    },
  };
}
