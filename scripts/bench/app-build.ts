// The cold loads run against the production build in dist/ (and its server
// entry in dist-server/); it is rebuilt when missing or older than any of the
// app's sources.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const appSources = ['index.html', 'vite.config.ts', 'package-lock.json', 'src', 'public'];

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

export function ensureAppBuilt(log: (line: string) => void): string {
  const distDir = path.resolve('dist');
  const built = [path.join(distDir, 'index.html'), path.resolve('dist-server', 'entry-server.js')];
  const builtAt = Math.min(...built.map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0)));
  if (builtAt > Math.max(...appSources.map(newestChange))) return distDir;
  log(builtAt === 0 ? 'Building the app (dist/ is missing)…' : 'Rebuilding the app (dist/ is older than its sources)…');
  execFileSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], { stdio: 'inherit' });
  execFileSync('node_modules/.bin/vite', ['build', '--ssr', 'src/entry-server.tsx', '--outDir', 'dist-server', '--logLevel', 'warn'], { stdio: 'inherit' });
  return distDir;
}
