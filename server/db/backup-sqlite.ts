import SQLite from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface BackupResult {
  file: string;
  bytes: number;
}

export function backupFileName(at: Date): string {
  return `plan-tracker-${at.toISOString().replace(/[:.]/g, '-')}.sqlite`;
}

// SQLite's online backup, through a connection of its own: the running
// server keeps reading and writing. All pages are copied in one step, so the
// copy is one consistent snapshot (a write by the server between steps would
// restart the copy). The copy is then switched out of WAL mode, so it is one
// self-contained file, and checked.
export async function backupSqlite(source: string, backupsDir: string, at: Date): Promise<BackupResult> {
  if (!existsSync(source)) throw new Error(`There is no database at ${source} yet: start the server once first.`);
  mkdirSync(backupsDir, { recursive: true });
  let file = path.join(backupsDir, backupFileName(at));
  for (let n = 2; existsSync(file); n += 1) file = path.join(backupsDir, backupFileName(at).replace(/\.sqlite$/, `-${n}.sqlite`));

  const db = new SQLite(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    await db.backup(file, { progress: () => 0x7fffffff });
  } finally {
    db.close();
  }

  const copy = new SQLite(file);
  try {
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`The backup ${file} failed its integrity check: ${String(check)}`);
  } finally {
    copy.close();
  }
  return { file, bytes: statSync(file).size };
}
