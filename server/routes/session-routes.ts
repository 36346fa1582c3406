import type { Hono } from 'hono';
import { SignIn } from '../../src/contract/session';
import type { AppEnv } from '../http/app-env';
import { clientAddress } from '../http/client-address';
import { apiRoute } from '../http/permissions';
import { parseBody } from '../http/validate';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from '../http/session-cookie';
import { checkCredentials, createSession, endSession } from '../services/sessions';
import { demoAccounts, demoPassword } from '../../src/domain/sample/demo-accounts';

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
    const db = c.get('db');
    const now = c.get('config').now();
    const user = await checkCredentials(db, email, password, now, clientAddress(c));
    // A new id at every sign-in, and the previous session (if any) ends.
    const previous = readSessionCookie(c);
    if (previous) await endSession(db, previous);
    writeSessionCookie(c, await createSession(db, user.id, now));
    return c.json({ user }, 201);
  });

  apiRoute(app, 'GET', '/api/session', (c) => c.json({ user: c.get('user') }));

  apiRoute(app, 'DELETE', '/api/session', async (c) => {
    const id = c.get('sessionId');
    if (id) await endSession(c.get('db'), id);
    clearSessionCookie(c);
    return c.body(null, 204);
  });
}
