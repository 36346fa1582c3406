import type { Context } from 'hono';
import type { IncomingMessage } from 'node:http';
import type { AppEnv } from './app-env';

// The address of the client that sent the request: the Node socket's peer
// (absent when a test calls the app without one). Behind a reverse proxy
// every request comes from the proxy, so with TRUST_PROXY the address is the
// last one of X-Forwarded-For: the one the proxy itself appended (earlier
// ones are whatever the client claimed).
export function clientAddress(c: Context<AppEnv>): string | null {
  if (c.get('config').trustProxy === true) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded !== undefined && forwarded !== '') return forwarded;
  }
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket.remoteAddress ?? null;
}
