import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import type { AppConfig, AppEnv } from './http/app-env';
import { compressAnswers } from './http/compression';
import { errorResponse, HttpError } from './http/http-error';
import { sameOriginWrites } from './http/same-origin';
import { securityHeaders } from './http/security-headers';
import { registerAuditRoutes } from './routes/audit-routes';
import { registerExportRoutes } from './routes/export-routes';
import { registerReadRoutes } from './routes/read-routes';
import { registerReviewRoutes } from './routes/review-routes';
import { registerSessionRoutes } from './routes/session-routes';
import { registerWriteRoutes } from './routes/write-routes';
import { sessionCookie } from './services/session-limits';
import type { Store } from './store/store';

export const maxBodyBytes = 64 * 1024;

// The whole HTTP application, importable by tests without opening a port.
export function createApp(store: Store, config: AppConfig): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.use('*', securityHeaders(config.secureCookies));
  app.use('/api/*', compressAnswers());
  app.use('/api/*', async (c, next) => {
    c.set('store', store);
    c.set('config', config);
    const id = getCookie(c, sessionCookie) ?? null;
    c.set('sessionId', id);
    c.set('user', await store.accounts.sessionUser(id, config.now()));
    await next();
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new HttpError('payload_too_large', `The request body is larger than ${maxBodyBytes / 1024} KB.`);
      },
    }),
  );
  if (config.sameOriginWrites !== false) app.use('/api/*', sameOriginWrites());

  registerSessionRoutes(app);
  registerReadRoutes(app);
  registerExportRoutes(app);
  registerWriteRoutes(app);
  registerReviewRoutes(app);
  registerAuditRoutes(app);

  app.all('/api/*', (c) => errorResponse(c, 'not_found', `No API route for ${c.req.method} ${c.req.path}.`));

  app.onError((error, c) => {
    if (error instanceof HttpError) return errorResponse(c, error.code, error.message, error.fields);
    console.error(error);
    return errorResponse(c, 'internal', 'Something went wrong on the server. Try again; if it persists, tell the site administrator.');
  });
  return app;
}
