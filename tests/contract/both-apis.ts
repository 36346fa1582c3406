import { xlsxMediaType } from '../../src/contract/spreadsheet-import';
import { getResponse } from 'msw';
import { expect } from 'vitest';
import { mockData, mockUserOf } from '../../mocks/data';
import { handlers } from '../../mocks/handlers';
import { permissions } from '../../server/http/permissions';
import { routeSamples } from '../../server/testing/route-samples';
import { send, signIn, testOrigin, type TestApp } from '../../server/testing/test-app';
import { ApiErrorBody } from '../../src/contract/errors';
import type { Role } from '../../src/contract/session';

export interface Answer {
  status: number;
  // The media type, without parameters such as the charset.
  type: string | null;
  disposition: string | null;
  body: unknown;
}

export interface RequestOptions {
  body?: unknown;
  headers?: Record<string, string>;
}

async function answerOf(response: Response): Promise<Answer> {
  const type = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? null;
  const text = await response.text();
  const body = text === '' ? null : type === 'application/json' ? (JSON.parse(text) as unknown) : text;
  return { status: response.status, type, disposition: response.headers.get('content-disposition'), body };
}

// The permission key ("PATCH /api/actions/:id") of a request, or null when no route serves it.
export function routeOf(method: string, path: string): string | null {
  const pathname = new URL(path, testOrigin).pathname;
  for (const key of Object.keys(permissions)) {
    const [keyMethod, keyPath = ''] = key.split(' ');
    const pattern = new RegExp(`^${keyPath.replace(/\./g, '\\.').replace(/:[a-zA-Z]+/g, '[^/]+')}$`);
    if (keyMethod === method && pattern.test(pathname)) return key;
  }
  return null;
}

// Every route the suite has sent a request to, on both sides.
export const coveredRoutes = new Set<string>();

// The same request to the real server (with its session cookie, kept like a
// browser keeps it) and to the msw handlers (whose user is mockData().user).
export class BothApis {
  private cookie: string | undefined;

  constructor(private readonly t: TestApp) {}

  async signInAs(role: Role | null): Promise<void> {
    this.cookie = role === null ? undefined : await signIn(this.t.app, role);
    mockData().user = role === null ? null : mockUserOf(role);
  }

  async server(method: string, path: string, options: RequestOptions = {}): Promise<Answer> {
    const response = await send(this.t.app, method, path, { cookie: this.cookie, ...options });
    const cookie = response.headers.get('set-cookie')?.split(';')[0];
    if (cookie !== undefined) this.cookie = cookie.endsWith('=') ? undefined : cookie;
    return answerOf(response);
  }

  async mock(method: string, path: string, options: RequestOptions = {}): Promise<Answer> {
    const headers: Record<string, string> = { ...options.headers };
    let body: string | undefined;
    if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await getResponse(handlers, new Request(`${testOrigin}${path}`, { method, headers, body }));
    if (response === undefined) throw new Error(`The mock API did not answer ${method} ${path}`);
    return answerOf(response);
  }

  // Both answers, checked against each other: the same status and media type,
  // and both bodies in the contract's shape for the route (its response
  // schema on a 2xx, the error body otherwise).
  async both(method: string, path: string, options: RequestOptions = {}): Promise<{ server: Answer; mock: Answer }> {
    const server = await this.server(method, path, options);
    const mock = await this.mock(method, path, options);
    const what = `${method} ${path}`;
    expect(server.status, `${what}: server ${JSON.stringify(server.body)?.slice(0, 300)}, mock ${JSON.stringify(mock.body)?.slice(0, 300)}`).toBe(mock.status);
    expect(server.type, what).toBe(mock.type);
    const key = routeOf(method, path);
    if (key !== null) coveredRoutes.add(key);
    for (const answer of [server, mock]) expectContractShape(key, answer, what);
    return { server, mock };
  }

  // Both answers equal, after `normalize` (for the fields that legitimately differ).
  async same(method: string, path: string, options: RequestOptions = {}): Promise<Answer> {
    const { server, mock } = await this.both(method, path, options);
    expect(normalize(server), `${method} ${path}`).toEqual(normalize(mock));
    return server;
  }
}

function expectContractShape(key: string | null, answer: Answer, what: string): void {
  if (answer.status < 200 || answer.status >= 300) {
    const parsed = ApiErrorBody.safeParse(answer.body);
    expect(parsed.success, `${what} ${answer.status}: ${JSON.stringify(answer.body)}`).toBe(true);
    return;
  }
  const shape = key === null ? undefined : routeSamples[key]?.response;
  if (shape === undefined) throw new Error(`${what} succeeded but no route declares it`);
  if (shape === 'empty') expect(answer.body, what).toBeNull();
  else if (shape === 'csv') expect(answer.type, what).toBe('text/csv');
  else if (shape === 'xlsx') expect(answer.type, what).toBe(xlsxMediaType);
  else expect(shape.schema.safeParse(answer.body).success, `${what}: ${JSON.stringify(answer.body).slice(0, 300)}`).toBe(true);
}

// The one field that legitimately differs: a user's id. The server's are
// random UUIDs made when the accounts were seeded; the mock's are
// `mock-<role>`. Everything else (ids of new actions, times of updates,
// authors) comes from the same data, date and rules on both sides.
function normalize(answer: Answer): Answer {
  const body = answer.body;
  if (typeof body !== 'object' || body === null || !('user' in body)) return answer;
  const user = (body as { user: unknown }).user;
  if (typeof user !== 'object' || user === null || !('id' in user) || typeof user.id !== 'string' || user.id === '') return answer;
  return { ...answer, body: { ...body, user: { ...user, id: '<user id>' } } };
}
