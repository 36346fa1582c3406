// npm run dev: the API server (demo mode, restarted when its code changes)
// and Vite's dev server with hot reload, which proxies /api to it
// (vite.config.ts). Ctrl-C stops both; if one stops, so does the other.
import { spawn } from 'node:child_process';

const apiPort = process.env.API_PORT || '3001';
const processes = [
  {
    name: 'api',
    args: ['node_modules/tsx/dist/cli.mjs', 'watch', '--clear-screen=false', 'server/index.ts'],
    env: { APP_MODE: 'demo', NODE_ENV: 'development', HOST: '127.0.0.1', PORT: apiPort },
  },
  { name: 'vite', args: ['node_modules/vite/bin/vite.js'], env: { API_PORT: apiPort } },
].map(({ name, args, env }) => ({ name, child: spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } }) }));

let exitCode;
function stopAll(code) {
  exitCode ??= code;
  for (const { child } of processes) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  }
}

for (const { name, child } of processes) {
  child.on('exit', (code, signal) => {
    if (exitCode === undefined) console.error(`[dev] ${name} stopped (${signal ?? `exit code ${code}`}); stopping the other.`);
    stopAll(code ?? 1);
    if (processes.every((p) => p.child.exitCode !== null || p.child.signalCode !== null)) process.exit(exitCode);
  });
}
// Ctrl-C reaches every process of the terminal's group at once: give them a
// moment to stop by themselves before insisting.
process.on('SIGINT', () => {
  exitCode ??= 0;
  setTimeout(() => stopAll(0), 2000).unref();
});
process.on('SIGTERM', () => stopAll(0));
