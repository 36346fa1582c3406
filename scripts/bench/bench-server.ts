// The real production server as a child process on a copy of a benchmark
// database: demo mode (so the demo accounts exist), a free loopback port.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Role } from '../../src/contract/session';
import { demoAccounts, demoPassword } from '../../src/domain/sample/demo-accounts';
import { databaseFileName } from '../../server/open-database';

export interface BenchServer {
  origin: string;
  pid: number;
  signIn(role: Role): Promise<string>;
  // Resets the peak resident memory, so the next reading covers only what
  // follows (where the kernel allows it; otherwise the peak is since the start).
  resetPeakMemory(): void;
  // Resident memory now, and its peak since the start or the last reset, in bytes (Linux only).
  memory(): { resident: number; peak: number } | null;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilReady(origin: string, exited: () => string | null, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const exit = exited();
    if (exit !== null) throw new Error(exit);
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer ${origin}/api/health within ${timeoutMs / 1000} s`);
}

export async function startBenchServer(databaseFile: string, distDir: string, startTimeoutMs: number): Promise<BenchServer> {
  // A copy: the server writes sessions, and the cached file stays as built.
  const dataDir = mkdtempSync(path.join(tmpdir(), 'plan-tracker-bench-'));
  copyFileSync(databaseFile, path.join(dataDir, databaseFileName));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    env: { ...process.env, APP_MODE: 'demo', NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir, DIST_DIR: distDir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  let exit: string | null = null;
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exit = `the server stopped (${signal ?? `exit code ${code}`}): ${stderr.trim()}`;
      resolve();
    }),
  );
  const stop = async () => {
    if (exit === null) child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(origin, () => exit, startTimeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  const pid = child.pid ?? 0;
  return {
    origin,
    pid,
    stop,
    async signIn(role) {
      const account = demoAccounts.find((a) => a.role === role);
      if (account === undefined) throw new Error(`no demo account for ${role}`);
      const response = await fetch(`${origin}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({ email: account.email, password: demoPassword }),
      });
      const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
      if (!response.ok || cookie === undefined) throw new Error(`signing in as ${role} answered ${response.status}`);
      return cookie;
    },
    resetPeakMemory() {
      try {
        // "5" resets VmHWM to the current resident size (proc(5), clear_refs).
        writeFileSync(`/proc/${pid}/clear_refs`, '5');
      } catch {
        // Not Linux, or not allowed: the peak stays the one since the start.
      }
    },
    memory() {
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const bytes = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1]) * 1024;
        const memory = { resident: bytes('VmRSS'), peak: bytes('VmHWM') };
        return Number.isFinite(memory.resident) && Number.isFinite(memory.peak) ? memory : null;
      } catch {
        return null;
      }
    },
  };
}
