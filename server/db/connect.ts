import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Dialect } from './dialect';
import type { Database } from './schema';

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  // Present on the embedded database, for online backups.
  readonly sqlite?: SQLite.Database;
  close(): Promise<void>;
}

// The embedded default. WAL with synchronous=FULL makes every acknowledged
// commit survive a killed process and a power cut.
export function openSqlite(file: string): DatabaseHandle {
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  const close = async () => {
    // Fold the write-ahead log into the database file, so a stopped server
    // leaves one self-contained file behind.
    if (sqlite.open) sqlite.pragma('wal_checkpoint(TRUNCATE)');
    await db.destroy();
  };
  return { db, dialect: 'sqlite', sqlite, close };
}

// PostgreSQL returns BIGINT and NUMERIC as strings; the schema uses neither,
// but double precision must come back as numbers, which pg does by default.
export function openPostgres(connectionString: string): DatabaseHandle {
  const pool = new pg.Pool({ connectionString, max: 10 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}
