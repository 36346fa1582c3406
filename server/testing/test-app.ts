import type { Hono } from 'hono';
import type { Role } from '../../src/contract/session';
import { pefPlan } from '../../src/domain/pef-plan';
import { createApp } from '../app';
import { kyselyStore } from '../store/kysely-store';
import { openSqlite, type DatabaseHandle } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { demoAccounts, demoPassword } from '../../src/domain/sample/demo-accounts';
import { seedDatabase } from '../db/seed/seed';
import type { AppEnv } from '../http/app-env';

// Server tests run on a fresh in-memory database each, seeded like the demo
// with the date pinned, so no test depends on another's leftovers.
export const testToday = new Date('2026-11-22T12:00:00Z');
export const testOrigin = 'http://plan-tracker.test';

export interface TestApp {
  app: Hono<AppEnv>;
  handle: DatabaseHandle;
  clock: { now: Date };
  close(): Promise<void>;
}

export async function createTestApp(options: { sampleData?: boolean; handle?: DatabaseHandle } = {}): Promise<TestApp> {
  const handle = options.handle ?? openSqlite(':memory:');
  await migrateToLatest(handle);
  await seedDatabase(handle, { plan: pefPlan, today: testToday, sampleData: options.sampleData ?? true, demoAccounts: true });
  const clock = { now: new Date(testToday) };
  const app = createApp(kyselyStore(handle.db), { mode: 'demo', secureCookies: false, now: () => clock.now });
  return { app, handle, clock, close: () => handle.close() };
}

export interface RequestOptions {
  cookie?: string | undefined;
  body?: unknown;
  headers?: Record<string, string>;
}

// A request as the app's own pages send it: same Host and Origin, JSON body.
export function send(app: Hono<AppEnv>, method: string, path: string, options: RequestOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { host: new URL(testOrigin).host, origin: testOrigin, ...options.headers };
  if (options.cookie) headers.cookie = options.cookie;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  return Promise.resolve(app.request(`${testOrigin}${path}`, { method, headers, body }));
}

export function accountOf(role: Role): { email: string; password: string } {
  const account = demoAccounts.find((a) => a.role === role);
  if (account === undefined) throw new Error(`No demo account has the role ${role}`);
  return { email: account.email, password: demoPassword };
}

// Signs in as the demo account of a role; returns the Cookie header to send.
export async function signIn(app: Hono<AppEnv>, role: Role): Promise<string> {
  const response = await send(app, 'POST', '/api/session', { body: accountOf(role) });
  if (response.status !== 201) throw new Error(`Sign-in as ${role} failed with ${response.status}: ${await response.text()}`);
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('Sign-in set no cookie');
  return cookie;
}
