import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AppEnv } from './http/app-env';

// Serves the built single-page app; every non-API path gets index.html so a
// link to any screen opens it.
export function serveBuiltApp(app: Hono<AppEnv>, distDir: string): void {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`The app is not built: ${path.join(distDir, 'index.html')} is missing. Run "npm run build" first.`);
  }
  const root = path.relative(process.cwd(), distDir) || '.';
  app.use('/assets/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('*', serveStatic({ root }));
  app.get('*', serveStatic({ root, path: 'index.html' }));
}
