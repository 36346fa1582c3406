import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { openPostgres, openSqlite, type DatabaseHandle } from '../db/connect';

// The databases a repository test runs on: the embedded SQLite always, and a
// real PostgreSQL server when TEST_DATABASE_URL names one (.ci/run starts
// one; see .ci/test-postgres). Each open() gives an empty database of its
// own: a fresh in-memory SQLite, or a uniquely named PostgreSQL schema that
// dispose() drops.
export interface TestDatabase {
  handle: DatabaseHandle;
  // The application_name of its PostgreSQL connections.
  applicationName?: string;
  dispose(): Promise<void>;
}

export interface TestDatabaseTarget {
  name: string;
  skip: boolean;
  open(): Promise<TestDatabase>;
}

export const postgresUrl = process.env.TEST_DATABASE_URL || undefined;

export async function openPostgresSchema(url: string): Promise<TestDatabase> {
  const schema = `plan_tracker_test_${randomBytes(6).toString('hex')}`;
  const withSchema = new URL(url);
  // Every pooled connection starts in the test's own schema.
  withSchema.searchParams.set('options', `-c search_path=${schema}`);
  // Names the test's connections in pg_stat_activity, for tests that end them.
  withSchema.searchParams.set('application_name', schema);
  const handle = openPostgres(withSchema.toString());
  await sql`create schema ${sql.id(schema)}`.execute(handle.db);
  return {
    handle,
    applicationName: schema,
    dispose: async () => {
      try {
        await sql`drop schema ${sql.id(schema)} cascade`.execute(handle.db);
      } finally {
        await handle.close();
      }
    },
  };
}

export const testDatabaseTargets: readonly TestDatabaseTarget[] = [
  {
    name: 'SQLite',
    skip: false,
    open: async () => {
      const handle = openSqlite(':memory:');
      return { handle, dispose: () => handle.close() };
    },
  },
  {
    name: 'PostgreSQL',
    skip: postgresUrl === undefined,
    open: () => {
      if (postgresUrl === undefined) throw new Error('TEST_DATABASE_URL is not set');
      return openPostgresSchema(postgresUrl);
    },
  },
];
