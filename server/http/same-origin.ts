import type { MiddlewareHandler } from 'hono';
import { HttpError } from './http-error';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

// Writes must come from the app's own pages: the Origin header (sent by every
// browser on a POST, PATCH, PUT or DELETE) must name this very host.
export function sameOriginWrites(): MiddlewareHandler {
  return async (c, next) => {
    if (safeMethods.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    const host = c.req.header('host');
    let originHost: string | undefined;
    try {
      originHost = origin ? new URL(origin).host : undefined;
    } catch {
      originHost = undefined;
    }
    if (originHost === undefined || host === undefined || originHost !== host) {
      throw new HttpError('forbidden', 'This change must be made from Plan Tracker’s own pages (the request’s Origin does not match).');
    }
    return next();
  };
}
