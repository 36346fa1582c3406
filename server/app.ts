import { Hono } from 'hono';
import type { AppConfig, AppEnv } from './http/app-env';
import { bodySizeLimit } from './http/body-size-limit';
import { compressExports } from './http/compression';
import { handleError } from './http/error-handler';
import { hostAllowList } from './http/host-allow-list';
import { errorResponse } from './http/http-error';
import { sameOriginWrites } from './http/same-origin';
import { requestLog } from './http/request-log';
import { securityHeaders } from './http/security-headers';
import { readSessionCookie } from './http/session-cookie';
import { registerAuditRoutes } from './routes/audit-routes';
import { registerHealthRoutes } from './routes/health-routes';
import { registerPeopleRoutes } from './routes/people-routes';
import { registerImportRoutes } from './routes/import-routes';
import { registerExportRoutes } from './routes/export-routes';
import { registerReadRoutes } from './routes/read-routes';
import { registerReportingRoutes } from './routes/reporting-routes';
import { registerReviewRoutes } from './routes/review-routes';
import { registerSessionRoutes } from './routes/session-routes';
import { registerWriteRoutes } from './routes/write-routes';
import type { Store } from './store/store';

// The whole HTTP application, importable by tests without opening a port.
export function createApp(store: Store, config: AppConfig): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.use('*', requestLog());
  app.use('*', securityHeaders(config.secureCookies));
  app.use('*', hostAllowList(config.allowedHosts));
  app.use('/api/*', compressExports());
  app.use('/api/*', async (c, next) => {
    c.set('store', store);
    c.set('config', config);
    const id = readSessionCookie(c) ?? null;
    c.set('sessionId', id);
    c.set('user', await store.accounts.sessionUser(id, config.now()));
    await next();
  });
  app.use('/api/*', bodySizeLimit());
  if (config.sameOriginWrites !== false) app.use('/api/*', sameOriginWrites());

  registerHealthRoutes(app);
  registerSessionRoutes(app);
  registerReadRoutes(app);
  registerExportRoutes(app);
  registerWriteRoutes(app);
  registerReviewRoutes(app);
  registerAuditRoutes(app);
  registerReportingRoutes(app);
  registerPeopleRoutes(app);
  registerImportRoutes(app);

  app.all('/api/*', (c) => errorResponse(c, 'not_found', `No API route for ${c.req.method} ${c.req.path}.`));

  app.onError(handleError);
  return app;
}
