import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

// The real server as a child process, for tests of what only a process has:
// start-up, signals, the data-directory lock, a kill in the middle of writes.
// It runs as `node --import tsx` (not the tsx command, which would put a
// second process in between and relay signals): a SIGKILL must hit the
// server itself.
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunningChild {
  url: string;
  child: ChildProcess;
  output(): string;
  exited: Promise<Exit>;
  stop(signal?: NodeJS.Signals): Promise<Exit>;
}

// Only what the test sets reaches the child (plus PATH and HOME): no
// DATABASE_URL or ADMIN_* from the shell that runs the tests.
export function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'test', HOST: '127.0.0.1', ...env };
}

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

function watchExit(child: ChildProcess): Promise<Exit> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

export function runScript(script: string, env: Record<string, string>, options: { args?: readonly string[]; input?: string } = {}): RunningChild {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...(options.args ?? [])], {
    cwd: projectRoot,
    env: childEnv(env),
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  child.stdin?.end(options.input);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = watchExit(child);
  return {
    url: env.PORT ? `http://127.0.0.1:${env.PORT}` : '',
    child,
    output: () => output,
    exited,
    stop: (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

// Starts `server/index.ts` and resolves once it listens; rejects with its
// output if it exits first.
export async function startServer(env: Record<string, string>, timeoutMs = 30_000): Promise<RunningChild> {
  const port = env.PORT ?? String(await freePort());
  const server = runScript('server/index.ts', { ...env, PORT: port });
  const deadline = Date.now() + timeoutMs;
  while (!server.output().includes('Open http://')) {
    const exit = await Promise.race([server.exited, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 50))]);
    if (exit !== undefined) throw new Error(`The server exited (${exit.code ?? exit.signal}) before listening:\n${server.output()}`);
    if (Date.now() > deadline) {
      await server.stop('SIGKILL');
      throw new Error(`The server did not start within ${timeoutMs} ms:\n${server.output()}`);
    }
  }
  return server;
}

function viteBuild(args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile('node_modules/.bin/vite', ['build', ...args, '--emptyOutDir', '--logLevel', 'error'], { cwd: projectRoot, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) =>
      error ? reject(new Error(`vite build failed: ${error.message}\n${stdout}${stderr}`)) : resolve(),
    );
  });
}

// Builds the app once into a folder of the test's own (DIST_DIR), and its
// server entry beside it, so the project's dist/ is left alone.
export async function buildApp(outDir: string): Promise<void> {
  await viteBuild(['--outDir', outDir]);
  await viteBuild(['--ssr', 'src/entry-server.tsx', '--outDir', `${outDir}-server`]);
}

// A request as the app's own pages send it (same Origin), with a cookie.
export function request(base: string, method: string, path: string, options: { cookie?: string; body?: unknown } = {}): Promise<Response> {
  const headers: Record<string, string> = { origin: base };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${base}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
}

export async function signIn(base: string, email: string, password: string): Promise<string> {
  const response = await request(base, 'POST', '/api/session', { body: { email, password } });
  if (response.status !== 201) throw new Error(`Sign-in as ${email} answered ${response.status}: ${await response.text()}`);
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('Sign-in set no cookie');
  return cookie;
}
