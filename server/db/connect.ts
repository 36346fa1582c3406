import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import { logger } from '../log';
import type { Dialect } from './dialect';
import { withQuietRollback } from './quiet-rollback';
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
  const db = new Kysely<Database>({ dialect: withQuietRollback(new SqliteDialect({ database: preparedOnce(sqlite) })) });
  const close = async () => {
    // Fold the write-ahead log into the database file, so a stopped server
    // leaves one self-contained file behind.
    if (sqlite.open) sqlite.pragma('wal_checkpoint(TRUNCATE)');
    await db.destroy();
  };
  return { db, dialect: 'sqlite', sqlite, close };
}

// The app asks the same few dozen queries again and again; preparing one
// (SQLite parsing and planning it) cost a fifth of the time of a list page,
// so each is prepared once and reused. Kysely runs one query at a time on
// this one connection (a stream holds it until its last row), so a statement
// is never asked for while it is still being read.
const keptStatements = 500;

function preparedOnce(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      const kept = statements.get(sql);
      if (kept !== undefined) return kept;
      const statement = sqlite.prepare(sql);
      if (statements.size >= keptStatements) statements.clear();
      statements.set(sql, statement);
      return statement;
    },
  };
}

// PostgreSQL returns BIGINT and NUMERIC as strings; the schema uses neither,
// but double precision must come back as numbers, which pg does by default.
//
// A connection the server drops (restart, failover, pg_terminate_backend)
// emits an error event; without a listener Node ends the process. Each is
// logged instead, the pool replaces the connection, and the request that used
// it fails with a 503. The timeouts keep a hung server from holding requests.
export const postgresTimeouts = { connectMs: 5000, statementMs: 15_000, idleInTransactionMs: 30_000 } as const;

export function openPostgres(connectionString: string): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    connectionTimeoutMillis: postgresTimeouts.connectMs,
    statement_timeout: postgresTimeouts.statementMs,
    query_timeout: postgresTimeouts.statementMs + postgresTimeouts.connectMs,
    idle_in_transaction_session_timeout: postgresTimeouts.idleInTransactionMs,
  });
  const onError = (error: Error) => logger.warn({ err: error }, 'A PostgreSQL connection failed; the pool will open a new one.');
  pool.on('error', onError);
  pool.on('connect', (client) => client.on('error', onError));
  const db = new Kysely<Database>({ dialect: withQuietRollback(new PostgresDialect({ pool })) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}
