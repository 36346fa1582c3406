import type { Context } from 'hono';
import type { IncomingMessage } from 'node:http';

// The address of the peer that sent the request, from the Node socket
// (absent when a test calls the app without one). Behind a reverse proxy
// this is the proxy's address.
export function clientAddress(c: Context): string | null {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket.remoteAddress ?? null;
}
