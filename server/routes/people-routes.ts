import type { Hono } from 'hono';
import { NewUser, PasswordChange, UserPatch } from '../../src/contract/users';
import type { AppEnv } from '../http/app-env';
import { clientAddress } from '../http/client-address';
import { apiRoute } from '../http/permissions';
import { parseBody, parseParams } from '../http/validate';
import { writeContext } from '../http/write-context';
import { IdParam } from '../services/action-queries';
import { changeOwnPassword } from '../services/own-password';
import { createUser, editUser, listUsers } from '../services/people';
import { jsonAnswer } from '../http/json-answer';

export function registerPeopleRoutes(app: Hono<AppEnv>): void {
  apiRoute(app, 'GET', '/api/users', async (c) => jsonAnswer(c, await listUsers(c.get('store'))));

  apiRoute(app, 'POST', '/api/users', async (c) => {
    const input = await parseBody(c, NewUser);
    return jsonAnswer(c, await createUser(c.get('store'), writeContext(c), input), 201);
  });

  apiRoute(app, 'PATCH', '/api/users/:id', async (c) => {
    const { id } = parseParams(c, IdParam);
    const patch = await parseBody(c, UserPatch);
    return jsonAnswer(c, await editUser(c.get('store'), writeContext(c), id, patch));
  });

  apiRoute(app, 'PUT', '/api/session/password', async (c) => {
    const input = await parseBody(c, PasswordChange);
    const request = { sessionId: c.get('sessionId'), address: clientAddress(c) };
    return jsonAnswer(c, { user: await changeOwnPassword(c.get('store'), writeContext(c), request, input) });
  });
}
