import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { SignIn } from '../../src/contract/session';
import type { AppEnv } from '../http/app-env';
import { apiRoute } from '../http/permissions';
import { parseBody } from '../http/validate';
import { absoluteLimitMs, sessionCookie } from '../services/session-limits';
import { signIn } from '../services/sign-in';
import { demoAccounts, demoPassword } from '../../src/domain/sample/demo-accounts';

function writeCookie(c: Context<AppEnv>, id: string): void {
  setCookie(c, sessionCookie, id, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.get('config').secureCookies,
    path: '/',
    maxAge: Math.floor(absoluteLimitMs / 1000),
  });
}

export function registerSessionRoutes(app: Hono<AppEnv>): void {
  apiRoute(app, 'GET', '/api/demo-accounts', (c) =>
    c.json(
      c.get('config').mode === 'demo'
        ? { accounts: demoAccounts.map(({ email, role, name }) => ({ email, role, name })), password: demoPassword }
        : { accounts: [], password: null },
    ),
  );

  apiRoute(app, 'POST', '/api/session', async (c) => {
    const { email, password } = await parseBody(c, SignIn);
    const { accounts } = c.get('store');
    const now = c.get('config').now();
    const user = await signIn(accounts, email, password, now);
    // A new id at every sign-in, and the previous session (if any) ends.
    await accounts.endSession(getCookie(c, sessionCookie) ?? null);
    writeCookie(c, await accounts.createSession(user.id, now));
    return c.json({ user }, 201);
  });

  apiRoute(app, 'GET', '/api/session', (c) => c.json({ user: c.get('user') }));

  apiRoute(app, 'DELETE', '/api/session', async (c) => {
    await c.get('store').accounts.endSession(c.get('sessionId'));
    deleteCookie(c, sessionCookie, { path: '/' });
    return c.body(null, 204);
  });
}
