import { xlsxMediaType } from '../../src/contract/spreadsheet-import';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ApiErrorBody, httpStatusOf } from '../../src/contract/errors';
import type { Role } from '../../src/contract/session';
import { requestArbitrary, type FuzzRequest } from '../testing/fuzz-arbitraries';
import { routeSamples } from '../testing/route-samples';
import { createTestApp, send, signIn, type TestApp } from '../testing/test-app';
import { permissions } from './permissions';

// A fixed seed, so a failure reproduces; FUZZ_SEED=<n> explores other runs.
const seed = Number(process.env.FUZZ_SEED ?? 20261122);
const numRuns = Number(process.env.FUZZ_RUNS ?? 120);

// Staff and board; and whoever may call a route neither of them may (the audit log: admins).
function fuzzRolesOf(key: string): Role[] {
  const access = permissions[key];
  const roles: Role[] = ['staff', 'board'];
  if (Array.isArray(access) && !roles.some((role) => access.includes(role)) && access[0] !== undefined) roles.push(access[0]);
  return roles;
}

// Why an answer breaks the contract, or null when it keeps it.
async function contractProblem(key: string, response: Response): Promise<string | null> {
  const text = await response.text();
  if (response.status >= 500) return `answered ${response.status}: ${text.slice(0, 300)}`;
  if (response.status >= 200 && response.status < 300) {
    const shape = routeSamples[key]?.response;
    if (shape === 'empty') return response.status === 204 && text === '' ? null : `a ${response.status} with a body`;
    if (shape === 'csv') return /^text\/csv/.test(response.headers.get('content-type') ?? '') ? null : 'a success that is not CSV';
    if (shape === 'xlsx') return response.headers.get('content-type') === xlsxMediaType ? null : 'a success that is not a workbook';
    const parsed = shape?.schema.safeParse(JSON.parse(text));
    return parsed?.success ? null : `a ${response.status} outside the contract: ${text.slice(0, 300)}`;
  }
  const error = ApiErrorBody.safeParse(JSON.parse(text));
  if (!error.success) return `a ${response.status} that is not the contract's error: ${text.slice(0, 300)}`;
  if (httpStatusOf[error.data.error.code] !== response.status) return `code ${error.data.error.code} with status ${response.status}`;
  return null;
}

describe.each(Object.keys(permissions))('%s, fuzzed from the contract', (key) => {
  let t: TestApp;
  const cookies = new Map<Role, string>();
  const fuzzRoles = fuzzRolesOf(key);
  beforeAll(async () => {
    t = await createTestApp();
    for (const role of fuzzRoles) cookies.set(role, await signIn(t.app, role));
  });
  afterAll(() => t.close());

  // A fuzzed sign-in or sign-out may end the session: sign in again for the
  // next run, lifting any lock the fuzzed failures put on the account.
  async function cookieOf(role: Role): Promise<string> {
    const cookie = cookies.get(role);
    if (cookie !== undefined && (await send(t.app, 'GET', '/api/session', { cookie })).status === 200) return cookie;
    await t.handle.db.deleteFrom('sign_in_failures').execute();
    const fresh = await signIn(t.app, role);
    cookies.set(role, fresh);
    return fresh;
  }

  async function sendAs(role: Role, request: FuzzRequest): Promise<Response> {
    const method = key.slice(0, key.indexOf(' '));
    const headers: Record<string, string> = request.contentType === undefined ? {} : { 'content-type': request.contentType };
    return send(t.app, method, request.path, { cookie: await cookieOf(role), body: request.body, headers });
  }

  it('never answers 5xx, and every answer parses with the contract', { timeout: 120_000 }, async () => {
    const property = fc.asyncProperty(requestArbitrary(key), async (request) => {
      for (const role of fuzzRoles) {
        const problem = await contractProblem(key, await sendAs(role, request));
        if (problem !== null) throw new Error(`${key} as ${role} (${request.path}): ${problem}`);
      }
    });
    // fast-check names the seed and the shrunk request in its failure message.
    await fc.assert(property, { seed, numRuns });
  });
});
