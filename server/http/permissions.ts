import type { Hono, Handler, MiddlewareHandler } from 'hono';
import { writerRoles, type Role } from '../../src/contract/session';
import type { AppEnv } from './app-env';
import { HttpError } from './http-error';

type Access = 'anyone' | 'signed-in' | readonly Role[];

const writers = writerRoles;

// Who may call each route. A route missing here cannot be registered (the
// server will not start), so nothing is reachable without a decision.
export const permissions: Record<string, Access> = {
  'GET /api/health': 'anyone',
  'GET /api/health/ready': 'anyone',
  'GET /api/demo-accounts': 'anyone',
  'POST /api/session': 'anyone',
  'GET /api/session': 'signed-in',
  'DELETE /api/session': 'signed-in',
  'GET /api/plan': 'signed-in',
  'GET /api/actions': 'signed-in',
  'GET /api/actions/:id': 'signed-in',
  'POST /api/actions': writers,
  'PATCH /api/actions/:id': writers,
  'POST /api/actions/:id/updates': writers,
  'GET /api/status-history': 'signed-in',
  'GET /api/overview': 'signed-in',
  'GET /api/benchmarks': 'signed-in',
  'POST /api/benchmarks': writers,
  'PATCH /api/benchmarks/:id': writers,
  'PUT /api/benchmarks/:id/values/:schoolYear': writers,
  'GET /api/review/:quarter': 'signed-in',
  'GET /api/review/:quarter/:list': 'signed-in',
  'GET /api/export/actions.csv': 'signed-in',
  'GET /api/export/actions.xlsx': 'signed-in',
  'GET /api/export/updates.csv': 'signed-in',
  'GET /api/export/updates.xlsx': 'signed-in',
  'GET /api/export/benchmarks.csv': 'signed-in',
  'GET /api/export/benchmarks.xlsx': 'signed-in',
  'GET /api/audit': ['admin'],
  'GET /api/reporting-periods': 'signed-in',
  'PUT /api/reporting-settings': ['admin'],
  'GET /api/quarters/:quarter/summary': 'signed-in',
  'PUT /api/quarters/:quarter/summary': ['admin'],
  'POST /api/quarters/:quarter/publish': ['admin'],
  'POST /api/quarters/:quarter/reopen': ['admin'],
  'GET /api/quarters/:quarter/packet': 'signed-in',
  'GET /api/updates-due': 'signed-in',
  'PUT /api/session/password': 'signed-in',
  'GET /api/users': ['admin'],
  'POST /api/users': ['admin'],
  'PATCH /api/users/:id': ['admin'],
  'POST /api/import/:kind': ['admin'],
  'GET /api/import/:kind/template.csv': ['admin'],
  'GET /api/import/:kind/template.xlsx': ['admin'],
  // Whether the labels show: everyone sees the data they label.
  'GET /api/sample-data': 'signed-in',
  'POST /api/sample-data/clear': ['admin'],
};

// The writes a person signed in with a one-time password may still make.
const beforePasswordChange = new Set(['POST /api/session', 'DELETE /api/session', 'PUT /api/session/password']);

function authorize(key: string, access: Access): MiddlewareHandler<AppEnv> {
  const write = !key.startsWith('GET ') && !beforePasswordChange.has(key);
  return async (c, next) => {
    if (access === 'anyone') return next();
    const user = c.get('user');
    if (user === null) throw new HttpError('unauthorized', 'Sign in to continue; your session may have expired.');
    if (access !== 'signed-in' && !access.includes(user.role)) {
      throw new HttpError('forbidden', `Your role (${user.role}) cannot do this; ask the executive director for access.`);
    }
    if (write && user.mustChangePassword) {
      throw new HttpError('forbidden', 'You signed in with a one-time password: choose your own password first on the “Change your password” page (/account/password), then try again.');
    }
    return next();
  };
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

// Registers an /api route behind its declared permission.
export function apiRoute(app: Hono<AppEnv>, method: Method, path: string, handler: Handler<AppEnv>): void {
  const key = `${method} ${path}`;
  const access = permissions[key];
  if (access === undefined) throw new Error(`No permission is declared for ${key} (server/http/permissions.ts)`);
  app.on(method, path, authorize(key, access), handler);
}
