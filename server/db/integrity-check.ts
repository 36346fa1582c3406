import type SQLite from 'better-sqlite3';
import { StartupError } from '../startup-error';

function restoreAdvice(file: string): string {
  return (
    `Restore it from a backup: copy the newest file of DATA_DIR/backups over ${file}, ` +
    `delete ${file}-wal and ${file}-shm if they are there, and start the server again (README, "Backup and restore").`
  );
}

// At start, before serving anyone: a damaged or read-only database file stops
// the server with a message naming the file, instead of a server whose health
// says yes while every sign-in fails. quick_check reads every page (without
// the slower index cross-checks), so it stays fast on a plan-sized file.
export function checkSqliteFile(sqlite: SQLite.Database, file: string): void {
  let problems: string[];
  try {
    problems = (sqlite.pragma('quick_check(5)') as { quick_check: string }[]).map((row) => row.quick_check);
  } catch (error) {
    problems = [error instanceof Error ? error.message : String(error)];
  }
  if (problems.length !== 1 || problems[0] !== 'ok') {
    throw new StartupError(`The database file ${file} is damaged (${problems.join('; ')}). ${restoreAdvice(file)}`);
  }
  if (sqlite.readonly) {
    throw new StartupError(`The database file ${file} is read-only: give the server's user write access to it and to its folder.`);
  }
}

// Opening a file that is not a database at all fails before any check can run.
export function openFailure(error: unknown, file: string): Error {
  if (error instanceof StartupError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new StartupError(`The database file ${file} is damaged (${(error as Error).message}). ${restoreAdvice(file)}`);
  }
  return error instanceof Error ? error : new Error(String(error));
}
