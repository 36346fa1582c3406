import SQLite from 'better-sqlite3';
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { StartupError } from './startup-error';

// One server per data directory: a second one would share the SQLite file
// with no coordination between their caches and sessions.
//
// The lock is the operating system's: an exclusive SQLite lock (fcntl) on
// server-lock.sqlite, held by an open connection for the server's lifetime.
// Taking it is one atomic step, two servers started in the same instant
// cannot both get it, and the OS lets go when the process ends, however it
// ends. That file stays in the folder: deleting it while another process
// waits on it would let two processes lock two different files.
// server.lock beside it holds the PID, for people and for the message below.
export const lockFileName = 'server-lock.sqlite';
export const pidFileName = 'server.lock';

function holderOf(pidFile: string): string {
  try {
    const pid = readFileSync(pidFile, 'utf8').trim();
    return /^\d+$/.test(pid) ? ` (process ${pid})` : '';
  } catch {
    return '';
  }
}

function takeOsLock(file: string): SQLite.Database | null {
  const lock = new SQLite(file);
  try {
    lock.pragma('busy_timeout = 0');
    lock.pragma('locking_mode = EXCLUSIVE');
    // The first write in exclusive locking mode takes the lock and keeps it until close.
    lock.exec('begin exclusive; create table if not exists holder (pid integer); delete from holder;');
    lock.prepare('insert into holder (pid) values (?)').run(process.pid);
    lock.exec('commit');
    return lock;
  } catch (error) {
    lock.close();
    if ((error as { code?: unknown }).code === 'SQLITE_BUSY') return null;
    throw error;
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

// Two takers at the same instant can each hold the part of the lock the
// other needs, and both be refused. Each then steps back for a random moment
// and tries again, so one of them gets through; a lock really held stays
// refused once the tries are spent.
function takeOsLockWithRetries(file: string, tries = 12): SQLite.Database | null {
  for (let attempt = 1; ; attempt += 1) {
    const lock = takeOsLock(file);
    if (lock !== null || attempt === tries) return lock;
    Atomics.wait(pause, 0, 0, 5 + Math.random() * 30);
  }
}

export function lockDataDir(dataDir: string): () => void {
  const pidFile = path.join(dataDir, pidFileName);
  const lock = takeOsLockWithRetries(path.join(dataDir, lockFileName));
  if (lock === null) {
    throw new StartupError(`Another Plan Tracker server${holderOf(pidFile)} is using ${dataDir}. Stop it first, or set DATA_DIR to another folder.`);
  }
  const temporary = `${pidFile}.${process.pid}`;
  writeFileSync(temporary, String(process.pid));
  renameSync(temporary, pidFile);
  return () => {
    if (!lock.open) return;
    try {
      unlinkSync(pidFile);
    } catch {
      // Already gone: nothing to tidy.
    }
    lock.close();
  };
}
