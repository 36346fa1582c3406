import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { maxImportBytes } from '../../src/contract/spreadsheet-import';
import type { AppEnv } from './app-env';
import { errorResponse } from './http-error';

export const maxBodyBytes = 64 * 1024;

// A body over the limit is refused before it is read to the end, so the rest
// of it is still on the socket: the connection cannot carry another request.
// Saying so (Connection: close) lets the client open a new one instead of
// sending its next request into a socket the server is about to close.
function limitOf(maxSize: number, message: string): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize,
    onError: (c) => {
      c.header('Connection', 'close');
      return errorResponse(c, 'payload_too_large', message);
    },
  });
}

// An imported spreadsheet is the one large body the API takes.
export function bodySizeLimit(): MiddlewareHandler<AppEnv> {
  const small = limitOf(maxBodyBytes, `The request body is larger than ${maxBodyBytes / 1024} KB.`);
  const file = limitOf(
    maxImportBytes,
    `The file is larger than ${maxImportBytes / 1024 / 1024} MB, the most one import takes: split it into smaller files and import each.`,
  );
  // A GET or HEAD has no body the API reads. Asking for one (as the limit
  // does) made the Node adapter build a whole web Request, abort signal
  // included, for every read: about 3 % of a list page's time.
  return (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return c.req.path.startsWith('/api/import/') ? file(c, next) : small(c, next);
  };
}
