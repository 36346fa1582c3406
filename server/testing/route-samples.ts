import type { Hono } from 'hono';
import * as z from 'zod/mini';
import type { NewAction } from '../../src/contract/action-writes';
import { ActionDetail, ActionList } from '../../src/contract/actions';
import { AuditList } from '../../src/contract/audit';
import { Benchmark, BenchmarkList } from '../../src/contract/benchmarks';
import { Overview } from '../../src/contract/overview';
import { BoardPacket } from '../../src/contract/packet';
import { Plan } from '../../src/contract/plan';
import { SampleData } from '../../src/contract/sample-data';
import { ImportResult } from '../../src/contract/spreadsheet-import';
import { QuarterSummary, ReportingPeriods, UpdatesDue } from '../../src/contract/reporting';
import { QuarterlyReview, ReviewListPage } from '../../src/contract/review';
import { DemoAccounts, Session } from '../../src/contract/session';
import { UserList, UserWrite } from '../../src/contract/users';
import { xlsxMediaType } from '../../src/contract/spreadsheet-import';
import { StatusHistory } from '../../src/contract/status-history';
import { demoPassword } from '../../src/domain/sample/demo-accounts';
import { sampleNewBenchmark } from '../../tests/benchmark-fixtures';
import type { AppEnv } from '../http/app-env';
import { accountOf, send, signIn } from './test-app';

export interface SampleRequest {
  method: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

// A file a route answers with, and its media type (without parameters).
export type FileShape = 'csv' | 'xlsx';
export const fileMediaTypes: Record<FileShape, string> = { csv: 'text/csv', xlsx: xlsxMediaType };
export const isFileShape = (shape: ResponseShape | undefined): shape is FileShape => shape === 'csv' || shape === 'xlsx';

// What a 2xx answer of a route must parse as: a contract schema, a file, or no body.
export type ResponseShape = { schema: { safeParse(input: unknown): { success: boolean } } } | FileShape | 'empty';

// A file of one new action, as the import takes it.
export const sampleImportCsv = [
  'ID,Title,Priority,Focus area,Strategy,Owner,Start quarter,Due quarter,Student groups,Description',
  'reading-buddies,Reading buddies,3,Community Building,,Dana Lee,2025-Q3,2026-Q2,English learners,Older students read with younger ones.',
].join('\r\n');

// Valid on the seeded sample data at the test date (2026-Q4, reported up to 2026-Q3).
export const sampleNewAction: NewAction = {
  title: 'Family math nights',
  description: 'Evening workshops for families at three elementary schools.',
  priorityId: 'academic-benchmarks',
  focusAreaId: 'community-building',
  strategyId: 'academic-benchmarks-1',
  owner: 'Dana Lee',
  startQuarter: '2025-Q3',
  dueQuarter: '2026-Q2',
  studentGroups: ['english-learners', 'socioeconomically-disadvantaged'],
};
export const sampleUpdate = { quarter: '2026-Q3', status: 'on-track', percentComplete: 50, note: '' } as const;
export const sampleBenchmarkId = 'teacher-retention-rate';

// A new action of its own for each write that needs one, so its version is known (1).
export async function freshActionId(app: Hono<AppEnv>, writerCookie: string): Promise<string> {
  const response = await send(app, 'POST', '/api/actions', { cookie: writerCookie, body: sampleNewAction });
  if (response.status !== 201) throw new Error(`Creating a sample action answered ${response.status}: ${await response.text()}`);
  return ActionDetail.parse(await response.json()).id;
}

async function benchmarkVersion(app: Hono<AppEnv>, cookie: string, id: string): Promise<number> {
  const list = BenchmarkList.parse(await (await send(app, 'GET', '/api/benchmarks', { cookie })).json());
  const benchmark = list.items.find((b) => b.id === id);
  if (benchmark === undefined) throw new Error(`The sample data has no benchmark ${id}`);
  return benchmark.version;
}

export const sampleNewUser = { name: 'Dana Lee', email: 'dana.lee@example.org', role: 'board' } as const;
export const sampleNewPassword = 'a passphrase of my own';

async function freshUserId(app: Hono<AppEnv>): Promise<string> {
  const body = { ...sampleNewUser, email: `person-${crypto.randomUUID()}@example.org` };
  const response = await send(app, 'POST', '/api/users', { cookie: await signIn(app, 'admin'), body });
  if (response.status !== 201) throw new Error(`Adding a sample person answered ${response.status}: ${await response.text()}`);
  return UserWrite.parse(await response.json()).user.id;
}

interface RouteSample {
  // A request the route answers with a 2xx for a role it allows; `writerCookie` may prepare data.
  request(app: Hono<AppEnv>, writerCookie: string): Promise<SampleRequest>;
  response: ResponseShape;
}

const get = (path: string) => async (): Promise<SampleRequest> => ({ method: 'GET', path });

// One valid request per route of server/http/permissions.ts, keyed the same way.
export const routeSamples: Record<string, RouteSample> = {
  'GET /api/health': { request: get('/api/health'), response: { schema: z.object({ ok: z.literal(true) }) } },
  'GET /api/health/ready': { request: get('/api/health/ready'), response: { schema: z.object({ ok: z.literal(true), database: z.literal('ok') }) } },
  'GET /api/demo-accounts': { request: get('/api/demo-accounts'), response: { schema: DemoAccounts } },
  'POST /api/session': {
    request: async () => ({ method: 'POST', path: '/api/session', body: accountOf('board') }),
    response: { schema: Session },
  },
  'GET /api/session': { request: get('/api/session'), response: { schema: Session } },
  'DELETE /api/session': { request: async () => ({ method: 'DELETE', path: '/api/session' }), response: 'empty' },
  'GET /api/plan': { request: get('/api/plan'), response: { schema: Plan } },
  'GET /api/actions': { request: get('/api/actions?priority=wellness&status=on-track'), response: { schema: ActionList } },
  'GET /api/actions/:id': { request: get('/api/actions/a-001'), response: { schema: ActionDetail } },
  'POST /api/actions': {
    request: async () => ({ method: 'POST', path: '/api/actions', body: sampleNewAction }),
    response: { schema: ActionDetail },
  },
  'PATCH /api/actions/:id': {
    request: async (app, writer) => ({ method: 'PATCH', path: `/api/actions/${await freshActionId(app, writer)}`, body: { owner: 'Sam Ortiz', version: 1 } }),
    response: { schema: ActionDetail },
  },
  'POST /api/actions/:id/updates': {
    request: async (app, writer) => ({ method: 'POST', path: `/api/actions/${await freshActionId(app, writer)}/updates`, body: sampleUpdate }),
    response: { schema: ActionDetail },
  },
  'GET /api/status-history': { request: get('/api/status-history?priority=technology'), response: { schema: StatusHistory } },
  'GET /api/overview': { request: get('/api/overview?quarter=2025-Q2'), response: { schema: Overview } },
  'GET /api/benchmarks': { request: get('/api/benchmarks?priority=teachers-leaders'), response: { schema: BenchmarkList } },
  'POST /api/benchmarks': { request: async () => ({ method: 'POST', path: '/api/benchmarks', body: sampleNewBenchmark }), response: { schema: Benchmark } },
  'PATCH /api/benchmarks/:id': {
    request: async (app, writer) => ({
      method: 'PATCH',
      path: `/api/benchmarks/${sampleBenchmarkId}`,
      body: { description: 'Teachers who stay from one school year to the next.', version: await benchmarkVersion(app, writer, sampleBenchmarkId) },
    }),
    response: { schema: Benchmark },
  },
  'PUT /api/benchmarks/:id/values/:schoolYear': {
    request: async (app, writer) => ({
      method: 'PUT',
      path: `/api/benchmarks/${sampleBenchmarkId}/values/2025-26`,
      body: { target: 90, version: await benchmarkVersion(app, writer, sampleBenchmarkId) },
    }),
    response: { schema: Benchmark },
  },
  'GET /api/review/:quarter': { request: get('/api/review/2026-Q3'), response: { schema: QuarterlyReview } },
  'GET /api/review/:quarter/:list': { request: get('/api/review/2026-Q3/changes?page=2&pageSize=5'), response: { schema: ReviewListPage } },
  'GET /api/export/actions.csv': { request: get('/api/export/actions.csv?focusArea=voice-agency'), response: 'csv' },
  'GET /api/export/actions.xlsx': { request: get('/api/export/actions.xlsx?status=at-risk&quarter=2025-Q4'), response: 'xlsx' },
  'GET /api/export/updates.csv': { request: get('/api/export/updates.csv?priority=technology'), response: 'csv' },
  'GET /api/export/updates.xlsx': { request: get('/api/export/updates.xlsx?owner=an'), response: 'xlsx' },
  'GET /api/export/benchmarks.csv': { request: get('/api/export/benchmarks.csv?priority=wellness'), response: 'csv' },
  'GET /api/export/benchmarks.xlsx': { request: get('/api/export/benchmarks.xlsx'), response: 'xlsx' },
  'GET /api/audit': { request: get('/api/audit?limit=10'), response: { schema: AuditList } },
  'GET /api/reporting-periods': { request: get('/api/reporting-periods'), response: { schema: ReportingPeriods } },
  'PUT /api/reporting-settings': { request: async () => ({ method: 'PUT', path: '/api/reporting-settings', body: { dueDays: 21 } }), response: { schema: ReportingPeriods } },
  'GET /api/quarters/:quarter/summary': { request: get('/api/quarters/2026-Q3/summary'), response: { schema: QuarterSummary } },
  'PUT /api/quarters/:quarter/summary': {
    request: async () => ({ method: 'PUT', path: '/api/quarters/2026-Q3/summary', body: { summary: 'A steady quarter.', highlights: '', asks: 'Approve the budget.' } }),
    response: { schema: QuarterSummary },
  },
  'POST /api/quarters/:quarter/publish': { request: async () => ({ method: 'POST', path: '/api/quarters/2026-Q3/publish', body: {} }), response: { schema: ReportingPeriods } },
  'POST /api/quarters/:quarter/reopen': {
    // Only a published quarter reopens: the director publishes one first.
    request: async (app) => {
      await send(app, 'POST', '/api/quarters/2026-Q2/publish', { cookie: await signIn(app, 'admin'), body: {} });
      return { method: 'POST', path: '/api/quarters/2026-Q2/reopen', body: { reason: 'A figure was entered twice.' } };
    },
    response: { schema: ReportingPeriods },
  },
  'GET /api/quarters/:quarter/packet': { request: get('/api/quarters/2026-Q3/packet'), response: { schema: BoardPacket } },
  'GET /api/updates-due': { request: get('/api/updates-due'), response: { schema: UpdatesDue } },
  'PUT /api/session/password': {
    request: async () => ({ method: 'PUT', path: '/api/session/password', body: { currentPassword: demoPassword, newPassword: sampleNewPassword } }),
    response: { schema: Session },
  },
  'GET /api/users': { request: get('/api/users'), response: { schema: UserList } },
  'POST /api/users': { request: async () => ({ method: 'POST', path: '/api/users', body: sampleNewUser }), response: { schema: UserWrite } },
  'PATCH /api/users/:id': {
    // A person of its own, added by the director, so its version is known (1).
    request: async (app) => ({ method: 'PATCH', path: `/api/users/${await freshUserId(app)}`, body: { role: 'staff', version: 1 } }),
    response: { schema: UserWrite },
  },
  'POST /api/import/:kind': {
    request: async () => ({ method: 'POST', path: '/api/import/actions?dryRun=false', body: sampleImportCsv, headers: { 'content-type': 'text/csv' } }),
    response: { schema: ImportResult },
  },
  'GET /api/import/:kind/template.csv': { request: get('/api/import/updates/template.csv'), response: 'csv' },
  'GET /api/import/:kind/template.xlsx': { request: get('/api/import/benchmarks/template.xlsx'), response: 'xlsx' },
  'GET /api/sample-data': { request: get('/api/sample-data'), response: { schema: SampleData } },
  'POST /api/sample-data/clear': { request: async () => ({ method: 'POST', path: '/api/sample-data/clear' }), response: { schema: SampleData } },
};

// The routes the app has really registered under /api, as "METHOD /path":
// middleware and the catch-all 404 are registered for every method (ALL).
export function registeredApiRoutes(app: Hono<AppEnv>): string[] {
  const keys = app.routes.filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL').map((r) => `${r.method} ${r.path}`);
  return [...new Set(keys)].sort();
}
