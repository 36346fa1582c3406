import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AppEnv } from './http/app-env';
import { StartupError } from './startup-error';

// Checked before the database is opened, so a missing build stops the
// server at once with the command that fixes it.
export function assertAppBuilt(distDir: string): void {
  const index = path.join(distDir, 'index.html');
  if (!existsSync(index)) {
    throw new StartupError(`The app is not built: ${index} is missing. Run "npm run build" first (or set DIST_DIR to a built copy).`);
  }
}

// Serves the built single-page app; every non-API path gets index.html so a
// link to any screen opens it.
export function serveBuiltApp(app: Hono<AppEnv>, distDir: string): void {
  assertAppBuilt(distDir);
  const root = path.resolve(distDir);
  app.use('/assets/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
  });
  app.use('*', serveStatic({ root }));
  app.get('*', serveStatic({ root, path: 'index.html' }));
}
