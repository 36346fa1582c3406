import type { MiddlewareHandler } from 'hono';
import { logger } from '../log';
import type { AppEnv } from './app-env';

// A request id from a proxy in front is kept when it looks like one, so its
// log and ours line up; otherwise the server makes one.
const wellFormedId = /^[A-Za-z0-9._-]{8,64}$/;

// One line per request: id, method, path, status, time, and who (the user id,
// never the session id, a cookie, a query string or a body, where secrets and
// search terms travel). The id is also sent back as X-Request-Id, so a
// person reporting an error can quote it.
export function requestLog(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    const incoming = c.req.header('x-request-id');
    const requestId = incoming !== undefined && wellFormedId.test(incoming) ? incoming : crypto.randomUUID();
    c.set('requestId', requestId);
    await next();
    c.header('X-Request-Id', requestId);
    const user = c.get('user') as AppEnv['Variables']['user'] | undefined;
    logger.info(
      {
        requestId,
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
        userId: user?.id ?? null,
      },
      'request',
    );
  };
}
