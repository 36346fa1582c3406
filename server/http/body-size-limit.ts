import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './app-env';
import { errorResponse } from './http-error';

export const maxBodyBytes = 64 * 1024;

// A body over the limit is refused before it is read to the end, so the rest
// of it is still on the socket: the connection cannot carry another request.
// Saying so (Connection: close) lets the client open a new one instead of
// sending its next request into a socket the server is about to close.
export function bodySizeLimit(): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: maxBodyBytes,
    onError: (c) => {
      c.header('Connection', 'close');
      return errorResponse(c, 'payload_too_large', `The request body is larger than ${maxBodyBytes / 1024} KB.`);
    },
  });
}
