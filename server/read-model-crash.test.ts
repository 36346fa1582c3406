import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Selectable } from 'kysely';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ActionList } from '../src/contract/actions';
import { statusIds } from '../src/contract/ids';
import { Plan } from '../src/contract/plan';
import { addQuarters, clampQuarter, quarterOfDate } from '../src/domain/quarters';
import { demoPassword } from '../src/domain/sample/demo-accounts';
import { openSqlite } from './db/connect';
import { planQuarters } from './db/read-model/plan-quarters';
import { statusRows } from './db/read-model/status-rows';
import { loadActionRecords } from './db/repository/action-repository';
import type { StatusCountTable } from './db/schema';
import { databaseFileName } from './open-database';
import { request, signIn, startServer, type RunningChild } from './testing/child-server';
import { sampleNewAction } from './testing/route-samples';
import { writeUntilKilled } from './testing/write-until-killed';

// The read model is written in the transaction of each write, so a server
// killed between writes leaves it in agreement with the updates.
describe('the read model after a SIGKILL in the middle of writes', { timeout: 90_000 }, () => {
  const root = mkdtempSync(path.join(tmpdir(), 'plan-tracker-read-model-'));
  const distDir = path.join(root, 'dist');
  const dataDir = path.join(root, 'data');
  mkdirSync(distDir);
  mkdirSync(dataDir);
  // The server only needs a built page to serve; these tests never load it.
  writeFileSync(path.join(distDir, 'index.html'), '<!doctype html><div id="root"></div>');
  const running: RunningChild[] = [];
  const start = async () => {
    const server = await startServer({ DATA_DIR: dataDir, DIST_DIR: distDir, APP_MODE: 'demo' });
    running.push(server);
    return server;
  };
  afterEach(async () => {
    await Promise.all(running.splice(0).map((child) => child.stop('SIGKILL')));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('restarts with every action’s status rows and the counts as its updates decide', async () => {
    const server = await start();
    const cookie = await signIn(server.url, 'staff@example.org', demoPassword);
    const plan = Plan.parse(await (await request(server.url, 'GET', '/api/plan', { cookie })).json());
    const quarter = clampQuarter(quarterOfDate(new Date()), plan.period);
    const list = ActionList.parse(await (await request(server.url, 'GET', `/api/actions?quarter=${quarter}`, { cookie })).json());
    const writes = list.items.flatMap((action, n) => [
      async () => {
        const body = { quarter: addQuarters(quarter, -(n % 3)), status: statusIds[n % statusIds.length], percentComplete: n % 101, note: `Write ${n}` };
        const response = await request(server.url, 'POST', `/api/actions/${action.id}/updates`, { cookie, body });
        return response.ok ? action.id : undefined;
      },
      async () => {
        const response = await request(server.url, 'POST', '/api/actions', { cookie, body: { ...sampleNewAction, title: `Crash test ${n}` } });
        return response.ok ? 'created' : undefined;
      },
    ]);
    const { acknowledged, exit } = await writeUntilKilled(server, writes, { workers: 8, killAfter: 40 });
    expect(exit.signal).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);

    const restarted = await start();
    expect((await request(restarted.url, 'GET', '/api/health')).status).toBe(200);
    expect(await restarted.stop('SIGTERM')).toEqual({ code: 0, signal: null });

    const handle = openSqlite(path.join(dataDir, databaseFileName));
    try {
      const records = await loadActionRecords(handle.db);
      expect(records.filter((r) => r.title.startsWith('Crash test')).length).toBe(acknowledged.filter((a) => a === 'created').length);
      const quarters = await planQuarters(handle.db);
      const expected = records.flatMap((record) => statusRows(record, quarters));
      const stored = await handle.db.selectFrom('action_status').selectAll().execute();
      const order = (a: { action_id: string; quarter: string }, b: { action_id: string; quarter: string }) =>
        a.action_id.localeCompare(b.action_id) || a.quarter.localeCompare(b.quarter);
      expect(stored.sort(order)).toEqual(expected.sort(order));

      type Counted = Pick<Selectable<StatusCountTable>, 'quarter' | 'priority_id' | 'focus_area_id' | 'status' | 'from_status' | 'overdue' | 'unreported'>;
      const keyOf = (row: Counted) =>
        [row.quarter, row.priority_id, row.focus_area_id, row.status, row.from_status, row.overdue, row.unreported].join(' ');
      const counts = new Map<string, number>();
      for (const row of expected) counts.set(keyOf(row as Counted), (counts.get(keyOf(row as Counted)) ?? 0) + 1);
      const storedCounts = await handle.db.selectFrom('status_counts').selectAll().where('actions', '<>', 0).execute();
      expect(new Map(storedCounts.map((row) => [keyOf(row), row.actions]))).toEqual(counts);
    } finally {
      await handle.close();
    }
  });
});
