import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { StartupError } from './startup-error';

// One server per data directory: a second one would share the SQLite file
// with no coordination between their caches and sessions.
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, 'server.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          unlinkSync(file);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(file, 'utf8'));
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
        throw new StartupError(
          `Another Plan Tracker server (process ${holder}) is using ${dataDir}. Stop it first, or set DATA_DIR to another folder. ` +
            `(If no server is running, delete ${file}.)`,
        );
      }
      // Left behind by a server that was killed: take it over.
      unlinkSync(file);
    }
  }
  throw new Error(`Could not lock ${dataDir}.`);
}
