import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockDataDir } from './data-dir-lock';
import { StartupError } from './startup-error';

function startIdleProcess(): ChildProcess {
  return spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

describe('lockDataDir', () => {
  let dir: string;
  let lockFile: string;
  const children: ChildProcess[] = [];

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'plan-tracker-lock-'));
    lockFile = path.join(dir, 'server.lock');
  });
  afterEach(async () => {
    for (const child of children.splice(0)) {
      child.kill('SIGKILL');
      await exited(child);
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes this process id into DATA_DIR/server.lock and removes it on release', () => {
    const release = lockDataDir(dir);
    expect(readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(lockFile)).toBe(false);
    expect(() => release()).not.toThrow();
  });

  it('refuses while another running process holds the lock, naming it and the folder', async () => {
    const other = startIdleProcess();
    children.push(other);
    await new Promise((resolve) => other.once('spawn', resolve));
    writeFileSync(lockFile, String(other.pid));

    expect(() => lockDataDir(dir)).toThrow(StartupError);
    expect(() => lockDataDir(dir)).toThrow(`Another Plan Tracker server (process ${other.pid}) is using ${dir}`);
    expect(readFileSync(lockFile, 'utf8')).toBe(String(other.pid));
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const gone = startIdleProcess();
    await new Promise((resolve) => gone.once('spawn', resolve));
    gone.kill('SIGKILL');
    await exited(gone);
    writeFileSync(lockFile, String(gone.pid));

    const release = lockDataDir(dir);
    expect(readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
    release();
  });

  it('takes over a lock file that holds no process id', () => {
    writeFileSync(lockFile, 'not a pid');
    const release = lockDataDir(dir);
    expect(readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
    release();
  });
});
