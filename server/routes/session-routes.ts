import type { Hono } from 'hono';
import { SignIn } from '../../src/contract/session';
import type { AppEnv } from '../http/app-env';
import { clientAddress } from '../http/client-address';
import { apiRoute } from '../http/permissions';
import { parseBody } from '../http/validate';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from '../http/session-cookie';
import { signIn } from '../services/sign-in';
import { demoAccounts, demoPassword } from '../../src/domain/sample/demo-accounts';
import { jsonAnswer } from '../http/json-answer';

export function registerSessionRoutes(app: Hono<AppEnv>): void {
  apiRoute(app, 'GET', '/api/demo-accounts', (c) =>
    jsonAnswer(
      c,
      c.get('config').mode === 'demo'
        ? { accounts: demoAccounts.map(({ email, role, name }) => ({ email, role, name })), password: demoPassword }
        : { accounts: [], password: null },
    ),
  );

  apiRoute(app, 'POST', '/api/session', async (c) => {
    const { email, password } = await parseBody(c, SignIn);
    const { accounts } = c.get('store');
    const now = c.get('config').now();
    const user = await signIn(accounts, email, password, now, clientAddress(c));
    // A new id at every sign-in, and the previous session (if any) ends.
    await accounts.endSession(readSessionCookie(c) ?? null);
    writeSessionCookie(c, await accounts.createSession(user.id, now));
    return jsonAnswer(c, { user }, 201);
  });

  apiRoute(app, 'GET', '/api/session', (c) => jsonAnswer(c, { user: c.get('user') }));

  apiRoute(app, 'DELETE', '/api/session', async (c) => {
    await c.get('store').accounts.endSession(c.get('sessionId'));
    clearSessionCookie(c);
    return c.body(null, 204);
  });
}
