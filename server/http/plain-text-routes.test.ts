import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainTextError } from '../../src/contract/plain-text';
import { snapshotTables, errorOf } from '../testing/db-snapshot';
import { freshActionId, sampleNewAction, sampleUpdate } from '../testing/route-samples';
import { accountOf, createTestApp, send, signIn, type TestApp } from '../testing/test-app';
import { testDatabaseTargets, type TestDatabase } from '../testing/test-databases';

interface TextCase {
  name: string;
  field: string;
  request(actionId: string): { method: string; path: string; body?: unknown };
}

const nul = '\u0000';
const cases: TextCase[] = [
  { name: 'sign-in email', field: 'email', request: () => ({ method: 'POST', path: '/api/session', body: { ...accountOf('staff'), email: `${nul}${accountOf('staff').email}` } }) },
  { name: 'sign-in password', field: 'password', request: () => ({ method: 'POST', path: '/api/session', body: { ...accountOf('staff'), password: `demo${nul}` } }) },
  ...(['title', 'description', 'owner', 'strategyId'] as const).flatMap((field): TextCase[] => [
    { name: `new action ${field}`, field, request: () => ({ method: 'POST', path: '/api/actions', body: { ...sampleNewAction, [field]: `${nul}=HYPERLINK("http://x")` } }) },
    { name: `action edit ${field}`, field, request: (id) => ({ method: 'PATCH', path: `/api/actions/${id}`, body: { [field]: `x${nul}`, version: 1 } }) },
  ]),
  { name: 'update note', field: 'note', request: (id) => ({ method: 'POST', path: `/api/actions/${id}/updates`, body: { ...sampleUpdate, note: `${nul}note` } }) },
  { name: 'action id in the path', field: 'id', request: () => ({ method: 'PATCH', path: '/api/actions/a%00', body: { title: 'x', version: 1 } }) },
  { name: 'list search', field: 'q', request: () => ({ method: 'GET', path: '/api/actions?q=%00' }) },
  { name: 'list owner', field: 'owner', request: () => ({ method: 'GET', path: '/api/actions?owner=a%00' }) },
  { name: 'export search', field: 'q', request: () => ({ method: 'GET', path: '/api/export/actions.csv?q=%00' }) },
  { name: 'audit entity', field: 'entityId', request: () => ({ method: 'GET', path: '/api/audit?entityId=a%00' }) },
];

describe.each(testDatabaseTargets)('a NUL in any text field, on $name', ({ skip, open }) => {
  let database: TestDatabase;
  let t: TestApp;
  let cookie: string;
  let actionId: string;
  beforeAll(async () => {
    if (skip) return;
    database = await open();
    t = await createTestApp({ handle: database.handle });
    cookie = await signIn(t.app, 'admin');
    actionId = await freshActionId(t.app, cookie);
  }, 60_000);
  afterAll(async () => {
    if (!skip) await database.dispose();
  });

  it.skipIf(skip).each(cases)('$name: a 400 naming the field, and nothing changed', async ({ field, request }) => {
    const before = await snapshotTables(t.handle.db);
    const signInsBefore = await t.handle.db.selectFrom('sign_in_failures').selectAll().execute();
    const sessionsBefore = await t.handle.db.selectFrom('sessions').select('id_hash').execute();
    const { method, path, body } = request(actionId);
    const response = await send(t.app, method, path, { cookie, body });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).fields?.[field]).toBe(plainTextError);
    expect(await snapshotTables(t.handle.db)).toEqual(before);
    expect(await t.handle.db.selectFrom('sign_in_failures').selectAll().execute()).toEqual(signInsBefore);
    expect(await t.handle.db.selectFrom('sessions').select('id_hash').execute()).toEqual(sessionsBefore);
  });

  it.skipIf(skip)('a surrogate pair is stored and reads back unchanged', async () => {
    const response = await send(t.app, 'PATCH', `/api/actions/${actionId}`, { cookie, body: { title: 'Graduation 🎓 night', version: 1 } });
    expect(response.status).toBe(200);
    const detail = (await (await send(t.app, 'GET', `/api/actions/${actionId}`, { cookie })).json()) as { title: string };
    expect(detail.title).toBe('Graduation 🎓 night');
  });
});
