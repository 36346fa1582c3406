import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { absoluteLimitMs, sessionCookie } from '../services/session-limits';
import type { AppEnv } from './app-env';

// Behind HTTPS (production) the cookie is __Host-plan_tracker_session: the
// browser then accepts it only when Secure, for path / and with no Domain, so
// a sibling subdomain can neither set nor shadow it. Plain HTTP (the demo,
// development) cannot use the prefix.
const prefixOf = (c: Context<AppEnv>) => (c.get('config').secureCookies ? 'host' : undefined);

export function readSessionCookie(c: Context<AppEnv>): string | undefined {
  return getCookie(c, sessionCookie, prefixOf(c));
}

export function writeSessionCookie(c: Context<AppEnv>, id: string): void {
  setCookie(c, sessionCookie, id, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.get('config').secureCookies,
    path: '/',
    maxAge: Math.floor(absoluteLimitMs / 1000),
    prefix: prefixOf(c),
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, sessionCookie, { path: '/', secure: c.get('config').secureCookies, prefix: prefixOf(c) });
}
