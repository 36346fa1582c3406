import SQLite from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorOf, snapshotTables } from '../testing/db-snapshot';
import { sampleNewAction } from '../testing/route-samples';
import { createTestApp, send, signIn, type TestApp } from '../testing/test-app';
import { logger } from '../log';
import { openSqlite } from './connect';

function loggedCodes(spy: { mock: { calls: unknown[][] } }): unknown[] {
  return spy.mock.calls.map(([fields]) => (fields as { err?: { code?: unknown } }).err?.code);
}

describe('SQLite faults during a write', () => {
  let t: TestApp;
  let folder: string | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await t.close();
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
    folder = undefined;
  });

  async function refusedWrite(prepare: (sqlite: SQLite.Database) => void, cookie: string) {
    const before = await snapshotTables(t.handle.db);
    const logged = vi.spyOn(logger, 'error');
    prepare(t.handle.sqlite as SQLite.Database);
    const response = await send(t.app, 'POST', '/api/actions', { cookie, body: sampleNewAction });
    return { response, error: await errorOf(response), logged, before };
  }

  it('a full disk is a 503 that says so, with SQLITE_FULL in the log, and nothing changed', async () => {
    t = await createTestApp();
    const cookie = await signIn(t.app, 'staff');
    const { response, error, logged, before } = await refusedWrite((sqlite) => {
      // No page beyond those in use: the next write finds the "disk" full.
      sqlite.pragma(`max_page_count = ${Number(sqlite.pragma('page_count', { simple: true }))}`);
    }, cookie);
    expect(response.status).toBe(503);
    expect(error).toMatchObject({ code: 'unavailable', message: expect.stringMatching(/disk is full/) });
    expect(loggedCodes(logged)).toContain('SQLITE_FULL');
    expect(await snapshotTables(t.handle.db)).toEqual(before);
  });

  it('a read-only database is a 503 that says so', async () => {
    t = await createTestApp();
    const cookie = await signIn(t.app, 'staff');
    const { response, error, logged } = await refusedWrite((sqlite) => sqlite.pragma('query_only = ON'), cookie);
    expect(response.status).toBe(503);
    expect(error.message).toMatch(/read-only/);
    expect(loggedCodes(logged)).toContain('SQLITE_READONLY');
  });

  it('a database another process keeps locked is a 503 that says so', async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'plan-tracker-locked-'));
    const file = path.join(folder, 'locked.sqlite');
    t = await createTestApp({ handle: openSqlite(file) });
    const cookie = await signIn(t.app, 'staff');
    const other = new SQLite(file);
    try {
      other.exec('begin immediate');
      const { response, error, logged } = await refusedWrite((sqlite) => sqlite.pragma('busy_timeout = 50'), cookie);
      expect(response.status).toBe(503);
      expect(error.message).toMatch(/locked by another process/);
      expect(loggedCodes(logged)).toContain('SQLITE_BUSY');
    } finally {
      other.close();
    }
  });
});
