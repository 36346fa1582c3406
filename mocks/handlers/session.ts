import { http, HttpResponse } from 'msw';
import { SignIn, writerRoles, type SessionUser } from '../../src/contract/session';
import { demoAccounts, demoPassword } from '../../src/domain/sample/demo-accounts';
import { mockData, mockUserOf } from '../data';
import { parseBody } from './read-body';
import { errorResponse } from './respond';

// As server/http/permissions.ts declares (the contract suite, tests/contract, checks them
// against each other): health, the demo accounts and signing in are open; signing out needs
// a session; other writes a writer; the audit log an admin.
function refusal(request: Request, user: SessionUser | null): Response | undefined {
  const path = new URL(request.url).pathname;
  const call = `${request.method} ${path}`;
  if (/^\/api\/(health|demo-accounts)$/.test(path) || call === 'POST /api/session') return undefined;
  if (user === null) return errorResponse('unauthorized', 'Sign in to continue; your session may have expired.');
  const allowed =
    path === '/api/audit' ? user.role === 'admin' : request.method === 'GET' || call === 'DELETE /api/session' || writerRoles.includes(user.role);
  if (allowed) return undefined;
  return errorResponse('forbidden', `Your role (${user.role}) cannot do this; ask the executive director for access.`);
}

export const sessionHandlers = [
  // Returning nothing passes the request on to the resource's handler.
  http.all(/^[a-z]+:\/\/[^/]+\/api\//, ({ request }) => refusal(request, mockData().user)),
  http.get('*/api/demo-accounts', () =>
    HttpResponse.json({ accounts: demoAccounts.map(({ email, name, role }) => ({ email, name, role })), password: demoPassword }),
  ),
  http.get('*/api/session', () => {
    const { user } = mockData();
    return user === null ? errorResponse('unauthorized', 'You are not signed in.') : HttpResponse.json({ user });
  }),
  http.post('*/api/session', async ({ request }) => {
    const body = await parseBody(request, SignIn);
    if (!body.ok) return body.response;
    const account = demoAccounts.find((a) => a.email === body.value.email.toLowerCase());
    if (account === undefined || body.value.password !== demoPassword) {
      return errorResponse('unauthorized', 'The email or password is not correct.');
    }
    mockData().user = mockUserOf(account.role);
    return HttpResponse.json({ user: mockData().user }, { status: 201 });
  }),
  http.delete('*/api/session', () => {
    mockData().user = null;
    return new HttpResponse(null, { status: 204 });
  }),
];
