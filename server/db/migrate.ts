import { Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import type { DatabaseHandle } from './connect';
import type { Dialect } from './dialect';
import { initial } from './migrations/0001-initial';
import { readModel } from './migrations/0002-read-model';
import { reporting } from './migrations/0003-reporting';
import { dataRevision } from './migrations/0004-data-revision';
import { people } from './migrations/0005-people';
import { textSearch } from './migrations/0006-text-search';

// Migrations are listed in code, not read from a folder, so they run the same
// from source, from a test and from any working directory.
function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0001-initial': initial(dialect),
    '0002-read-model': readModel(dialect),
    '0003-reporting': reporting(dialect),
    '0004-data-revision': dataRevision(),
    '0005-people': people(),
    '0006-text-search': textSearch(dialect),
  };
}

// Without a schema named, Kysely takes its bookkeeping tables in ANY schema of
// the database for its own, so a second copy of the app in another schema (or
// the tests' parallel schemas) would skip its migrations. On PostgreSQL, name
// the schema the connection works in.
async function currentSchema(handle: DatabaseHandle): Promise<string | undefined> {
  if (handle.dialect !== 'postgres') return undefined;
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(handle.db);
  return rows[0]?.schema ?? undefined;
}

export async function migrateToLatest(handle: DatabaseHandle): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(handle.dialect) };
  const migrator = new Migrator({ db: handle.db, provider, migrationTableSchema: await currentSchema(handle) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error !== undefined || failed !== undefined) {
    const name = failed?.migrationName ?? 'unknown';
    throw new Error(`Database migration ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
