import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono, MiddlewareHandler } from 'hono';
import { etag } from 'hono/etag';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AppEnv } from './http/app-env';
import type { PageRenderer } from './page-renderer';
import { inlineStylesheets } from './inline-stylesheets';
import { renderedPage, withoutModulePreloads } from './rendered-page';
import { StartupError } from './startup-error';

// Checked before the database is opened, so a missing build stops the
// server at once with the command that fixes it.
export function assertAppBuilt(distDir: string): void {
  const index = path.join(distDir, 'index.html');
  if (!existsSync(index)) {
    throw new StartupError(`The app is not built: ${index} is missing. Run "npm run build" first (or set DIST_DIR to a built copy).`);
  }
}

// Every answer may differ by Accept-Encoding (the build's .br and .gz copies),
// so caches must key on it even when the plain file was sent.
function cacheHeaders(cacheControl: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (!c.res.ok) return;
    c.header('Cache-Control', cacheControl);
    if (!/accept-encoding/i.test(c.res.headers.get('Vary') ?? '')) c.header('Vary', 'Accept-Encoding', { append: true });
  };
}

// Serves the built single-page app; every other non-API path gets index.html
// so a link to any screen opens it. Hashed assets never change under their
// name, so browsers keep them a year; everything else is revalidated (ETag),
// so a new build shows on the next load. With a renderer, the overview is
// rendered on the server for a signed-in user.
export function serveBuiltApp(app: Hono<AppEnv>, distDir: string, renderer?: PageRenderer): void {
  assertAppBuilt(distDir);
  const root = path.resolve(distDir);
  if (renderer !== undefined) app.get('/', renderedPage(app, renderer, inlineStylesheets(withoutModulePreloads(readFileSync(path.join(root, 'index.html'), 'utf8')), root)));
  app.use('/assets/*', cacheHeaders('public, max-age=31536000, immutable'));
  app.get('/assets/*', serveStatic({ root, precompressed: true }), (c) => c.text(`No such file: ${c.req.path}`, 404));
  app.use('*', cacheHeaders('no-cache'), etag());
  app.get('*', serveStatic({ root, precompressed: true }));
  app.get('*', serveStatic({ root, path: 'index.html', precompressed: true }));
}
