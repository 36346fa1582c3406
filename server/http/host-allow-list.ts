import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env';
import { errorResponse } from './http-error';

// DNS rebinding points a name the attacker controls at this server, so a
// page of theirs can call it as its own origin. It needs a name: a request
// to an address (127.0.0.1, [::1], a LAN IP) cannot be rebound. So the server
// answers addresses, localhost, and the names configured in ALLOWED_HOSTS.
export const alwaysAllowedHosts: readonly string[] = ['localhost'];

export function hostNameOf(hostHeader: string): string | null {
  try {
    const { hostname, username, pathname } = new URL(`http://${hostHeader}`);
    return username === '' && pathname === '/' && hostname !== '' ? hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

export function isAllowedHost(hostHeader: string | undefined, allowed: readonly string[]): boolean {
  const name = hostHeader === undefined ? null : hostNameOf(hostHeader);
  if (name === null) return false;
  // The URL parser has already written any IPv4 address in dotted decimal and
  // kept an IPv6 one in brackets.
  if (/^(\d{1,3}\.){3}\d{1,3}$/.test(name) || name.startsWith('[')) return true;
  return alwaysAllowedHosts.includes(name) || allowed.includes(name);
}

export function hostAllowList(allowed: readonly string[] | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (allowed === undefined) return next();
    const host = c.req.header('host');
    if (!isAllowedHost(host, allowed)) {
      return errorResponse(c, 'bad_request', `This server does not answer for the host name ${JSON.stringify(host ?? '')}; its administrator can add it to ALLOWED_HOSTS.`, {
        host: 'is not one of the host names this server answers for',
      });
    }
    return next();
  };
}
