import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { openPostgres, openSqlite, type DatabaseHandle } from './db/connect';
import { lockDataDir } from './data-dir-lock';
import type { Env } from './env';

export const databaseFileName = 'plan-tracker.sqlite';

export interface OpenedDatabase {
  handle: DatabaseHandle;
  description: string;
  release: () => void;
}

// PostgreSQL when DATABASE_URL is set; otherwise the embedded SQLite file
// under DATA_DIR, locked to this one server.
export function openDatabase(env: Env): OpenedDatabase {
  if (env.DATABASE_URL !== undefined) {
    const where = new URL(env.DATABASE_URL);
    return { handle: openPostgres(env.DATABASE_URL), description: `PostgreSQL at ${where.host}${where.pathname}`, release: () => undefined };
  }
  const dataDir = path.resolve(env.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  const release = lockDataDir(dataDir);
  try {
    const file = path.join(dataDir, databaseFileName);
    return { handle: openSqlite(file), description: `SQLite file ${file}`, release };
  } catch (error) {
    release();
    throw error;
  }
}
