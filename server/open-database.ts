import type SQLite from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { openPostgres, openSqlite, type DatabaseHandle } from './db/connect';
import { checkSqliteFile, openFailure } from './db/integrity-check';
import { lockDataDir } from './data-dir-lock';
import type { Env } from './env';

export const databaseFileName = 'plan-tracker.sqlite';

export interface OpenedDatabase {
  handle: DatabaseHandle;
  description: string;
  release: () => void;
}

export function sqliteFile(env: Pick<Env, 'DATA_DIR'>): string {
  return path.join(path.resolve(env.DATA_DIR), databaseFileName);
}

// PostgreSQL when DATABASE_URL is set; otherwise the embedded SQLite file
// under DATA_DIR, locked to this one server. Commands that run beside the
// server (create-user) open it without the lock: SQLite itself serialises
// their writes with the server's.
export function openDatabase(env: Pick<Env, 'DATA_DIR' | 'DATABASE_URL'>, options: { lock: boolean } = { lock: true }): OpenedDatabase {
  if (env.DATABASE_URL !== undefined) {
    const where = new URL(env.DATABASE_URL);
    return { handle: openPostgres(env.DATABASE_URL), description: `PostgreSQL at ${where.host}${where.pathname}`, release: () => undefined };
  }
  const file = sqliteFile(env);
  const dataDir = path.dirname(file);
  mkdirSync(dataDir, { recursive: true });
  const release = options.lock ? lockDataDir(dataDir) : () => undefined;
  let handle: DatabaseHandle | undefined;
  try {
    handle = openSqlite(file);
    checkSqliteFile(handle.sqlite as SQLite.Database, file);
    return { handle, description: `SQLite file ${file}`, release };
  } catch (error) {
    handle?.sqlite?.close();
    release();
    throw openFailure(error, file);
  }
}
