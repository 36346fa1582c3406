// npm run backup: a consistent copy of the embedded database, taken while the
// server runs, into DATA_DIR/backups/. PostgreSQL has its own tool.
import path from 'node:path';
import { backupSqlite } from '../db/backup-sqlite';
import { parseEnv } from '../env';
import { sqliteFile } from '../open-database';
import { StartupError } from '../startup-error';

async function main(): Promise<void> {
  const env = parseEnv(process.env);
  if (env.DATABASE_URL !== undefined) {
    throw new StartupError(
      'DATABASE_URL is set: the data is in PostgreSQL, which this command does not copy. Use PostgreSQL\'s own tool, for example\n' +
        '  pg_dump --format=custom --file=plan-tracker.dump "$DATABASE_URL"\n' +
        'and restore with pg_restore --clean --dbname "$DATABASE_URL" plan-tracker.dump',
    );
  }
  const source = sqliteFile(env);
  const { file, bytes } = await backupSqlite(source, path.join(path.dirname(source), 'backups'), new Date());
  console.info(`Backed up ${source}\n       to ${file} (${(bytes / 1024).toFixed(0)} KB, integrity check ok)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
