import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mockData, resetMockData } from '../../mocks/data';
import { permissions } from '../../server/http/permissions';
import { sampleImportCsv, sampleNewAction, sampleNewPassword, sampleNewUser, sampleUpdate } from '../../server/testing/route-samples';
import { UserList, UserWrite } from '../../src/contract/users';
import { createTestApp, testToday as serverToday, type TestApp } from '../../server/testing/test-app';
import { roles, type Role } from '../../src/contract/session';
import { testToday } from '../test-today';
import { sampleNewBenchmark } from '../benchmark-fixtures';
import { BothApis, coveredRoutes, routeOf } from './both-apis';

// The two stores under one app: the same requests go to the mock API (the
// server's app over the in-memory store) and to the real server (the Kysely
// store on a fresh in-memory database, the same sample data, the same pinned
// date), and must get the same status, the same shape and, but for a user's
// id (see normalize in both-apis.ts), the same body.

const reads = [
  '/api/health',
  '/api/health/ready',
  '/api/demo-accounts',
  '/api/session',
  '/api/plan',
  '/api/actions',
  '/api/actions?priority=wellness',
  '/api/actions?focusArea=voice-agency&status=on-track',
  '/api/actions?status=at-risk&quarter=2025-Q2',
  '/api/actions?owner=an&q=teacher',
  '/api/actions?studentGroup=english-learners&due=2026-Q4&sort=-percentComplete',
  '/api/actions?sort=owner&page=2&pageSize=10',
  '/api/actions?page=99&pageSize=50',
  '/api/actions?priority=technology&priority=wellness',
  '/api/actions?unknown=ignored&quarter=2023-Q3',
  '/api/actions?status=bogus',
  '/api/actions?quarter=2031-Q1',
  '/api/actions?pageSize=0',
  '/api/actions/a-001',
  '/api/actions/a-001?quarter=2024-Q1',
  '/api/actions/a-999',
  '/api/actions/a-001?quarter=2025-Q9',
  '/api/actions/a-001?quarter=2019-Q1',
  '/api/status-history',
  '/api/status-history?priority=technology&focusArea=voice-agency',
  '/api/status-history?focusArea=nowhere',
  '/api/overview',
  '/api/overview?quarter=2024-Q2',
  '/api/overview?quarter=2031-Q1',
  '/api/overview?quarter=soon',
  '/api/benchmarks',
  '/api/benchmarks?priority=wellness',
  '/api/benchmarks?priority=respond-to-change',
  '/api/benchmarks?priority=bad',
  '/api/review/2026-Q3',
  '/api/review/2023-Q3',
  '/api/review/2026-Q4',
  '/api/review/latest',
  '/api/review/2026-Q3/changes?page=2&pageSize=5',
  '/api/review/2026-Q3/overdue',
  '/api/review/2026-Q3/bogus',
  '/api/review/2026-Q3/changes?pageSize=0',
  '/api/overview',
  '/api/overview?quarter=2024-Q2',
  '/api/overview?quarter=2031-Q1',
  '/api/export/actions.csv?status=bogus',
  '/api/export/updates.xlsx?quarter=2031-Q1',
  '/api/export/benchmarks.csv?priority=bad',
  '/api/audit',
  '/api/reporting-periods',
  '/api/quarters/2026-Q3/summary',
  '/api/quarters/2031-Q1/summary',
  '/api/quarters/2026-Q3/packet',
  '/api/quarters/2026-Q4/packet',
  '/api/updates-due',
  '/api/no-such-route',
];

const exports = [
  '/api/export/actions.csv',
  '/api/export/actions.csv?priority=wellness&sort=title',
  '/api/export/actions.csv?focusArea=community-building&status=completed&quarter=2024-Q4',
  '/api/export/actions.csv?q=zzzz-nothing-matches',
  '/api/export/actions.csv?page=2&pageSize=5',
  '/api/export/updates.csv',
  '/api/export/updates.csv?priority=wellness&status=at-risk&quarter=2025-Q4',
  '/api/export/benchmarks.csv',
  '/api/export/benchmarks.csv?priority=wellness',
];

// A workbook carries the time it was written: the same status, type and name only.
const workbooks = ['/api/export/actions.xlsx?priority=technology', '/api/export/updates.xlsx?q=teacher', '/api/export/benchmarks.xlsx?priority=wellness'];

describe('the mock API and the server', () => {
  let t: TestApp;
  let apis: BothApis;
  beforeEach(async () => {
    expect(serverToday).toEqual(testToday);
    t = await createTestApp();
    apis = new BothApis(t);
    resetMockData(testToday, 'staff');
    await apis.signInAs('staff');
  });
  afterEach(() => t.close());

  it.each(reads)('answer GET %s alike', async (path) => {
    await apis.same('GET', path);
  });

  it.each(exports)('export the same CSV for %s', async (path) => {
    const answer = await apis.same('GET', path);
    expect(answer.status).toBe(200);
    expect(answer.disposition).toMatch(/^attachment; filename="[^"]+\.csv"$/);
  });

  it.each(workbooks)('export a workbook alike for %s', async (path) => {
    const { server, mock } = await apis.both('GET', path);
    expect(server.status).toBe(200);
    expect(server.disposition).toMatch(/^attachment; filename="pef-[a-z]+-[\w-]+\.xlsx"$/);
    expect(mock.disposition).toBe(server.disposition);
  });

  it('create, edit and refuse actions alike', async () => {
    const created = await apis.same('POST', '/api/actions', { body: sampleNewAction });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    expect((await apis.same('PATCH', `/api/actions/${id}`, { body: { owner: 'Sam Ortiz', version: 1 } })).status).toBe(200);
    expect((await apis.same('PATCH', `/api/actions/${id}`, { body: { owner: 'Too late', version: 1 } })).status).toBe(409);
    expect((await apis.same('PATCH', `/api/actions/${id}`, { body: { version: 2 } })).status).toBe(400);
    expect((await apis.same('PATCH', `/api/actions/${id}`, { body: { dueQuarter: '2024-Q1', version: 2 } })).status).toBe(400);
    expect((await apis.same('PATCH', '/api/actions/a-999', { body: { owner: 'Nobody', version: 1 } })).status).toBe(404);
    expect((await apis.same('GET', `/api/actions/${id}`)).status).toBe(200);
    const refused: unknown[] = [
      {},
      { ...sampleNewAction, title: '   ' },
      { ...sampleNewAction, strategyId: 'wellness-1' },
      { ...sampleNewAction, startQuarter: '2026-Q1', dueQuarter: '2025-Q4' },
      { ...sampleNewAction, dueQuarter: '2031-Q1' },
      { ...sampleNewAction, studentGroups: [] },
      { ...sampleNewAction, colour: 'red' },
      [sampleNewAction],
    ];
    for (const body of refused) expect((await apis.same('POST', '/api/actions', { body })).status, JSON.stringify(body)).toBe(400);
    expect((await apis.same('POST', '/api/actions', { body: '{"title": ' })).status).toBe(400);
    expect((await apis.same('POST', '/api/actions', { body: JSON.stringify(sampleNewAction), headers: { 'content-type': 'text/plain' } })).status).toBe(415);
    expect((await apis.same('POST', '/api/actions', { body: { ...sampleNewAction, description: 'x'.repeat(70_000) } })).status).toBe(413);
    expect((await apis.same('GET', '/api/actions?sort=-dueQuarter')).status).toBe(200);
  });

  it('add, replace and refuse quarterly updates alike', async () => {
    const id = ((await apis.same('POST', '/api/actions', { body: sampleNewAction })).body as { id: string }).id;
    const path = `/api/actions/${id}/updates`;
    expect((await apis.same('POST', path, { body: sampleUpdate })).status).toBe(201);
    expect((await apis.same('POST', path, { body: { ...sampleUpdate, percentComplete: 60 } })).status).toBe(200);
    expect((await apis.same('POST', path, { body: { ...sampleUpdate, version: 1 } })).status).toBe(409);
    expect((await apis.same('POST', path, { body: { ...sampleUpdate, quarter: '2025-Q2' } })).status).toBe(400);
    expect((await apis.same('POST', path, { body: { ...sampleUpdate, quarter: '2027-Q1' } })).status).toBe(400);
    expect((await apis.same('POST', path, { body: { ...sampleUpdate, status: 'at-risk' } })).status).toBe(400);
    expect((await apis.same('POST', path, { body: { ...sampleUpdate, status: 'completed' } })).status).toBe(400);
    expect((await apis.same('POST', path, { body: { ...sampleUpdate, percentComplete: 101 } })).status).toBe(400);
    expect((await apis.same('POST', '/api/actions/a-999/updates', { body: sampleUpdate })).status).toBe(404);
    expect((await apis.same('GET', path.replace('/updates', ''))).status).toBe(200);
    expect((await apis.same('GET', '/api/review/2026-Q3')).status).toBe(200);
  });

  it('set and refuse benchmark values alike', async () => {
    const path = '/api/benchmarks/teacher-retention-rate/values/2025-26';
    expect((await apis.same('PUT', path, { body: { target: 90, actual: 88.8, version: 1 } })).status).toBe(200);
    expect((await apis.same('PUT', path, { body: { actual: null, version: 2 } })).status).toBe(200);
    expect((await apis.same('PUT', path, { body: { target: 91, version: 2 } })).status).toBe(409);
    expect((await apis.same('PUT', path, { body: { target: 120, version: 3 } })).status).toBe(400);
    expect((await apis.same('PUT', path, { body: { version: 3 } })).status).toBe(400);
    expect((await apis.same('PUT', path, { body: { target: '90', version: 3 } })).status).toBe(400);
    expect((await apis.same('PUT', '/api/benchmarks/teacher-retention-rate/values/2031-32', { body: { target: 1, version: 3 } })).status).toBe(400);
    expect((await apis.same('PUT', '/api/benchmarks/teacher-retention-rate/values/2025-27', { body: { target: 1, version: 3 } })).status).toBe(400);
    expect((await apis.same('PUT', '/api/benchmarks/no-such-measure/values/2025-26', { body: { target: 1, version: 1 } })).status).toBe(404);
    expect((await apis.same('GET', '/api/benchmarks?priority=teachers-leaders')).status).toBe(200);
  });

  it('add, edit and refuse measures alike', async () => {
    const created = await apis.same('POST', '/api/benchmarks', { body: sampleNewBenchmark });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    expect((await apis.same('PATCH', `/api/benchmarks/${id}`, { body: { direction: 'higher', version: 1 } })).status).toBe(200);
    expect((await apis.same('PATCH', `/api/benchmarks/${id}`, { body: { name: 'Too late', version: 1 } })).status).toBe(409);
    expect((await apis.same('PATCH', `/api/benchmarks/${id}`, { body: { studentGroups: [], version: 2 } })).status).toBe(200);
    expect((await apis.same('PATCH', '/api/benchmarks/teacher-retention-rate', { body: { unit: 'count', baseline: { schoolYear: '2022-23', value: -3 }, version: 1 } })).status).toBe(400);
    expect((await apis.same('PATCH', '/api/benchmarks/no-such-measure', { body: { name: 'x', version: 1 } })).status).toBe(404);
    expect((await apis.same('POST', '/api/benchmarks', { body: { ...sampleNewBenchmark, targets: [{ schoolYear: '2031-32', target: 1 }] } })).status).toBe(400);
    expect((await apis.same('POST', '/api/benchmarks', { body: { ...sampleNewBenchmark, studentGroups: ['martians'] } })).status).toBe(400);
    expect((await apis.same('GET', '/api/benchmarks?priority=wellness')).status).toBe(200);
  });

  it('sign in, out and refuse alike', async () => {
    const board = { email: 'board@example.org', password: 'demo-password' };
    expect((await apis.same('POST', '/api/session', { body: { ...board, password: 'wrong' } })).status).toBe(401);
    expect((await apis.same('POST', '/api/session', { body: { email: 'nobody@example.org', password: 'demo-password' } })).status).toBe(401);
    expect((await apis.same('POST', '/api/session', { body: { email: 'board@example.org' } })).status).toBe(400);
    expect((await apis.same('POST', '/api/session', { body: { ...board, remember: true } })).status).toBe(400);
    expect((await apis.same('POST', '/api/session', { body: 'email=board@example.org', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status).toBe(415);
    expect((await apis.same('DELETE', '/api/session')).status).toBe(204);
    for (const path of ['/api/session', '/api/plan', '/api/actions/a-001', '/api/audit']) expect((await apis.same('GET', path)).status).toBe(401);
    expect((await apis.same('DELETE', '/api/session')).status).toBe(401);
    expect((await apis.same('POST', '/api/actions', { body: sampleNewAction })).status).toBe(401);
    expect((await apis.same('GET', '/api/demo-accounts')).status).toBe(200);
    expect((await apis.same('POST', '/api/session', { body: { ...board, email: 'BOARD@example.org' } })).status).toBe(201);
    expect((await apis.same('GET', '/api/session')).status).toBe(200);
    expect((await apis.same('POST', '/api/actions', { body: sampleNewAction })).status).toBe(403);
    expect((await apis.same('PUT', '/api/benchmarks/teacher-retention-rate/values/2025-26', { body: { target: 90, version: 1 } })).status).toBe(403);
    expect((await apis.same('GET', '/api/audit')).status).toBe(403);
    expect((await apis.same('DELETE', '/api/session')).status).toBe(204);
  });

  it('run the quarterly cycle alike: summary, publish, a locked write, reopen, settings', async () => {
    await apis.signInAs('admin');
    const words = { summary: 'A steady quarter.', highlights: '', asks: 'Approve the budget.' };
    expect((await apis.same('PUT', '/api/quarters/2026-Q3/summary', { body: words })).status).toBe(200);
    expect((await apis.same('PUT', '/api/quarters/2026-Q3/summary', { body: words })).status).toBe(409);
    expect((await apis.same('POST', '/api/quarters/2026-Q4/publish', { body: {} })).status).toBe(400);
    expect((await apis.same('POST', '/api/quarters/2026-Q3/publish', { body: {} })).status).toBe(200);
    expect((await apis.same('GET', '/api/quarters/2026-Q3/packet')).status).toBe(200);
    expect((await apis.same('POST', '/api/actions/a-001/updates', { body: { quarter: '2026-Q3', status: 'on-track', percentComplete: 100, note: 'x' } })).status).toBe(400);
    expect((await apis.same('POST', '/api/quarters/2026-Q3/reopen', { body: { reason: '' } })).status).toBe(400);
    expect((await apis.same('POST', '/api/quarters/2026-Q3/reopen', { body: { reason: 'A late correction.' } })).status).toBe(200);
    expect((await apis.same('PUT', '/api/reporting-settings', { body: { dueDays: 21 } })).status).toBe(200);
    expect((await apis.same('PUT', '/api/reporting-settings', { body: { dueDays: -1 } })).status).toBe(400);
  });

  it('import files, hand out templates and clear the sample data alike', async () => {
    await apis.signInAs('admin');
    const csv = { 'content-type': 'text/csv' };
    expect((await apis.same('POST', '/api/import/actions?dryRun=true', { body: sampleImportCsv, headers: csv })).status).toBe(200);
    expect((await apis.same('POST', '/api/import/actions?dryRun=false', { body: sampleImportCsv, headers: csv })).status).toBe(200);
    expect((await apis.same('POST', '/api/import/actions?dryRun=false', { body: sampleImportCsv, headers: csv })).status).toBe(200);
    expect((await apis.same('POST', '/api/import/actions', { body: 'ID,Title\r\nx,', headers: csv })).status).toBe(200);
    expect((await apis.same('POST', '/api/import/updates?dryRun=maybe', { body: sampleImportCsv, headers: csv })).status).toBe(400);
    expect((await apis.same('POST', '/api/import/people', { body: sampleImportCsv, headers: csv })).status).toBe(400);
    expect((await apis.same('POST', '/api/import/actions', { body: sampleImportCsv, headers: { 'content-type': 'application/pdf' } })).status).toBe(415);
    const updates = ['Action ID,Quarter,Status,Percent complete,Note', 'reading-buddies,2025-Q3,On track,20,Started in two schools.', 'a-001,2019-Q1,On track,5,'].join('\n');
    expect((await apis.same('POST', '/api/import/updates?dryRun=false', { body: updates, headers: csv })).body).toMatchObject({ written: false, problems: [{ line: 3 }] });
    expect((await apis.same('POST', '/api/import/updates?dryRun=false', { body: updates.split('\n').slice(0, 2).join('\n'), headers: csv })).body).toMatchObject({ written: true });
    const benchmarks = [
      'Benchmark ID,Priority,Name,Description,Unit,Direction,Baseline year,Baseline value,School year,Student group,Target,Actual',
      'family-nights,2,Family wellness nights,,Count,Higher is better,2022-23,4,2025-26,,8,',
      'family-nights,2,Family wellness nights,,Count,Higher is better,2022-23,4,2024-25,English learners,,2',
      'family-nights,2,Family wellness nights,,Count,Higher is better,2022-23,4,2024-25,,6,5',
    ].join('\n');
    expect((await apis.same('POST', '/api/import/benchmarks?dryRun=false', { body: benchmarks, headers: csv })).body).toMatchObject({ written: true, created: ['family-nights'] });
    expect((await apis.same('POST', '/api/import/benchmarks?dryRun=false', { body: benchmarks, headers: csv })).body).toMatchObject({ written: false, unchanged: ['family-nights'] });
    expect((await apis.same('GET', '/api/benchmarks?priority=wellness')).status).toBe(200);
    expect((await apis.same('GET', '/api/actions/reading-buddies')).status).toBe(200);
    expect((await apis.same('GET', '/api/import/actions/template.csv')).status).toBe(200);
    expect((await apis.both('GET', '/api/import/benchmarks/template.xlsx')).server.status).toBe(200);
    expect((await apis.both('GET', '/api/audit?entityType=plan')).server.status).toBe(200);
    expect((await apis.same('GET', '/api/sample-data')).status).toBe(200);
    expect((await apis.same('POST', '/api/sample-data/clear')).status).toBe(200);
    expect((await apis.same('GET', '/api/sample-data')).body).toEqual({ actions: 0, updates: 0, benchmarks: 0 });
    expect((await apis.same('GET', '/api/actions')).status).toBe(200);
    expect((await apis.same('GET', '/api/overview')).status).toBe(200);
  });

  it('show an administrator the same (empty) audit log of the seeded data', async () => {
    await apis.signInAs('admin');
    expect((await apis.same('GET', '/api/audit')).status).toBe(200);
    expect((await apis.same('GET', '/api/audit?entityType=action&limit=5')).status).toBe(200);
    expect((await apis.same('GET', '/api/audit?limit=0')).status).toBe(400);
  });

  it('manage people alike: add, refuse, edit, keep the last admin, change one’s password', async () => {
    await apis.signInAs('admin');
    expect((await apis.both('GET', '/api/users')).server.status).toBe(200);
    const created = await apis.both('POST', '/api/users', { body: sampleNewUser });
    expect(created.server.status).toBe(201);
    expect((await apis.both('POST', '/api/users', { body: sampleNewUser })).server.status).toBe(409);
    expect((await apis.both('POST', '/api/users', { body: { ...sampleNewUser, role: 'owner' } })).server.status).toBe(400);
    expect((await apis.both('PATCH', '/api/users/no-such-person', { body: { role: 'staff', version: 1 } })).server.status).toBe(404);
    expect((await apis.both('PATCH', '/api/users/no-such-person', { body: { version: 1 } })).server.status).toBe(400);
    // Account ids differ between the two stores: each side edits its own.
    const idOf = (answer: { body: unknown }) => UserWrite.parse(answer.body).user.id;
    const directorOf = (answer: { body: unknown }) => UserList.parse(answer.body).items.find((u) => u.role === 'admin');
    const list = await apis.both('GET', '/api/users');
    const sides = [
      { send: apis.server.bind(apis), id: idOf(created.server), director: directorOf(list.server) },
      { send: apis.mock.bind(apis), id: idOf(created.mock), director: directorOf(list.mock) },
    ];
    const statuses = async (body: unknown, idOn: (side: (typeof sides)[number]) => string | undefined = (side) => side.id) =>
      Promise.all(sides.map(async (side) => (await side.send('PATCH', `/api/users/${idOn(side) ?? ''}`, { body })).status));
    expect(await statuses({ role: 'staff', version: 1 })).toEqual([200, 200]);
    expect(await statuses({ active: false, version: 1 })).toEqual([409, 409]);
    expect(await statuses({ active: false, version: 1 }, (side) => side.director?.id)).toEqual([400, 400]);
    expect(await statuses({ resetPassword: true, version: 2 })).toEqual([200, 200]);
    expect((await apis.both('PUT', '/api/session/password', { body: { currentPassword: 'wrong', newPassword: sampleNewPassword } })).server.status).toBe(400);
    expect((await apis.both('PUT', '/api/session/password', { body: { currentPassword: 'demo-password', newPassword: 'short' } })).server.status).toBe(400);
    expect((await apis.same('PUT', '/api/session/password', { body: { currentPassword: 'demo-password', newPassword: sampleNewPassword } })).status).toBe(200);
    expect((await apis.both('GET', '/api/audit?entityType=user&operation=edit-user&from=2026-01-01&to=2026-12-31&page=1')).server.status).toBe(200);
  });

  // The in-memory store's session against the database's: for every route
  // and identity, the same 401, 403 or neither.
  const identities: [string, Role | null][] = [['a visitor', null], ...roles.map((role): [string, Role] => [role, role])];
  it.each(identities)('let the same people call every route (as %s)', async (_who, role) => {
    await apis.signInAs(role);
    for (const key of Object.keys(permissions)) {
      const [method = '', path = ''] = key.split(' ');
      const concrete = path.replace(':id', path.startsWith('/api/benchmarks') ? 'teacher-retention-rate' : 'a-001').replace(':schoolYear', '2025-26').replace(':quarter', '2026-Q3');
      const server = await apis.server(method, concrete, { body: method === 'GET' || method === 'DELETE' ? undefined : {} });
      const mock = await apis.mock(method, concrete, { body: method === 'GET' || method === 'DELETE' ? undefined : {} });
      const refusal = (status: number) => (status === 401 || status === 403 ? status : 'let through');
      expect(refusal(server.status), `${key} as ${role ?? 'a visitor'}`).toBe(refusal(mock.status));
      // A sign-out or sign-in ends the session on one side: start each route afresh.
      if (key.endsWith(' /api/session')) await apis.signInAs(role);
    }
    expect(mockData().user?.role ?? null).toBe(role);
  });

  it('has sent a request to every route of the permissions table', () => {
    expect([...coveredRoutes].sort()).toEqual(Object.keys(permissions).sort());
    expect(routeOf('GET', '/api/actions/a-001')).toBe('GET /api/actions/:id');
  });
});
