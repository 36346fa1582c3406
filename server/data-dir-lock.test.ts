import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockDataDir } from './data-dir-lock';
import { StartupError } from './startup-error';
import { projectRoot } from './testing/child-server';

interface Contender {
  child: ChildProcess;
  send(command: 'take' | 'release'): Promise<string>;
}

// A child process that takes and releases the lock when told (server/testing/lock-contender.ts).
async function startContender(dir: string): Promise<Contender> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/testing/lock-contender.ts', dir], { cwd: projectRoot, stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream })[Symbol.asyncIterator]();
  await new Promise((resolve) => child.once('spawn', resolve));
  return {
    child,
    send: async (command) => {
      child.stdin?.write(`${command}\n`);
      const next = await lines.next();
      if (next.done === true) throw new Error('the contender exited');
      return next.value;
    },
  };
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

describe('lockDataDir', () => {
  let dir: string;
  let pidFile: string;
  const children: ChildProcess[] = [];
  const contender = async () => {
    const started = await startContender(dir);
    children.push(started.child);
    return started;
  };

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'plan-tracker-lock-'));
    pidFile = path.join(dir, 'server.lock');
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
    expect(readFileSync(pidFile, 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(pidFile)).toBe(false);
    expect(() => release()).not.toThrow();
    lockDataDir(dir)();
  });

  it('refuses a second holder in the same process', () => {
    const release = lockDataDir(dir);
    try {
      expect(() => lockDataDir(dir)).toThrow(`Another Plan Tracker server (process ${process.pid}) is using ${dir}`);
    } finally {
      release();
    }
  });

  it('refuses while another running process holds the lock, naming it and the folder', { timeout: 30_000 }, async () => {
    const other = await contender();
    expect(await other.send('take')).toBe('taken');
    expect(() => lockDataDir(dir)).toThrow(StartupError);
    expect(() => lockDataDir(dir)).toThrow(`Another Plan Tracker server (process ${other.child.pid}) is using ${dir}`);
    expect(readFileSync(pidFile, 'utf8')).toBe(String(other.child.pid));
  });

  it('is free again once the holder is killed, its PID file left behind', { timeout: 30_000 }, async () => {
    const other = await contender();
    expect(await other.send('take')).toBe('taken');
    other.child.kill('SIGKILL');
    await exited(other.child);
    expect(existsSync(pidFile)).toBe(true);
    const release = lockDataDir(dir);
    expect(readFileSync(pidFile, 'utf8')).toBe(String(process.pid));
    release();
  });

  it('a PID file alone, of a running process or of none, does not hold the folder', () => {
    writeFileSync(pidFile, String(process.ppid));
    lockDataDir(dir)();
    writeFileSync(pidFile, 'not a pid');
    lockDataDir(dir)();
  });

  it('two processes asking at the same moment, 50 times: exactly one gets it each time', { timeout: 120_000 }, async () => {
    const [first, second] = await Promise.all([contender(), contender()]);
    if (first === undefined || second === undefined) throw new Error('no contenders');
    for (let round = 0; round < 50; round += 1) {
      const answers = await Promise.all([first.send('take'), second.send('take')]);
      expect(answers.filter((answer) => answer === 'taken'), `round ${round}: ${answers.join(' | ')}`).toHaveLength(1);
      expect(answers.filter((answer) => answer.startsWith('refused: Another Plan Tracker server'))).toHaveLength(1);
      await Promise.all([first.send('release'), second.send('release')]);
    }
  });
});
