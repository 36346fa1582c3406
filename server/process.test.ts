import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ActionDetail, ActionList } from '../src/contract/actions';
import { Plan } from '../src/contract/plan';
import { clampQuarter, compareQuarters, quarterOfDate } from '../src/domain/quarters';
import { demoPassword } from '../src/domain/sample/demo-accounts';
import { request, runScript, signIn, startServer } from './testing/child-server';
import { childServerSandbox } from './testing/child-server-sandbox';
import { writeUntilKilled } from './testing/write-until-killed';

// The real server, started as a child process on a temporary DATA_DIR.
describe('the server process', { timeout: 60_000 }, () => {
  const box = childServerSandbox('plan-tracker-process-');
  const start = (env: Record<string, string> = {}) =>
    startServer({ DATA_DIR: box.dataDir, DIST_DIR: box.distDir, APP_MODE: 'demo', ...env }).then(box.track);

  it('answers health, serves the built app at any screen URL, and 404s an unknown API path', async () => {
    const server = await start();
    expect(server.output()).toContain('Demo accounts: board@example.org, staff@example.org, director@example.org');
    const health = await request(server.url, 'GET', '/api/health');
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true });
    for (const page of ['/', '/actions?priority=wellness']) {
      const response = await request(server.url, 'GET', page);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<div id="root">');
    }
    expect((await request(server.url, 'GET', '/api/nothing-here')).status).toBe(404);
  });

  it('keeps its data across a restart: a session signed in before still works after', async () => {
    const first = await start();
    const cookie = await signIn(first.url, 'staff@example.org', demoPassword);
    expect(await first.stop('SIGTERM')).toEqual({ code: 0, signal: null });

    const second = await start();
    expect(second.output()).not.toContain('Loaded');
    expect(second.output()).not.toContain('Created accounts');
    const session = await request(second.url, 'GET', '/api/session', { cookie });
    expect(session.status).toBe(200);
    expect(await session.json()).toMatchObject({ user: { email: 'staff@example.org', role: 'staff' } });
  });

  it('on SIGTERM closes keep-alive connections, the database and the lock, and exits 0 promptly', async () => {
    const server = await start();
    // fetch keeps its connections open between requests, as a browser does.
    await signIn(server.url, 'board@example.org', demoPassword);
    await request(server.url, 'GET', '/api/health');
    expect(existsSync(path.join(box.dataDir, 'server.lock'))).toBe(true);

    const asked = Date.now();
    const exit = await server.stop('SIGTERM');
    expect(exit).toEqual({ code: 0, signal: null });
    expect(Date.now() - asked).toBeLessThan(4000); // well under the 5 s grace for requests in flight
    expect(server.output()).toContain('SIGTERM: closing the server and the database');
    expect(existsSync(path.join(box.dataDir, 'server.lock'))).toBe(false);
    // The write-ahead log was folded into the database file.
    expect(existsSync(path.join(box.dataDir, 'plan-tracker.sqlite-wal'))).toBe(false);
  });

  it('stops the same way on SIGINT (Ctrl-C)', async () => {
    const server = await start();
    expect(await server.stop('SIGINT')).toEqual({ code: 0, signal: null });
    expect(existsSync(path.join(box.dataDir, 'server.lock'))).toBe(false);
  });

  it('refuses a second server on the same DATA_DIR, and the first keeps running', async () => {
    const first = await start();
    const second = runScript('server/index.ts', { DATA_DIR: box.dataDir, DIST_DIR: box.distDir, APP_MODE: 'demo', PORT: '1' });
    box.track(second);
    expect((await second.exited).code).toBe(1);
    expect(second.output()).toContain(`Another Plan Tracker server (process ${first.child.pid}) is using ${box.dataDir}`);
    expect(second.output()).not.toMatch(/^\s+at /m);
    expect((await request(first.url, 'GET', '/api/health')).status).toBe(200);
  });

  it('stops at once with a message naming each bad setting, without a stack trace', async () => {
    const child = runScript('server/index.ts', { DATA_DIR: box.dataDir, DIST_DIR: box.distDir, PORT: 'http', APP_MODE: 'demo-mode' });
    expect((await child.exited).code).toBe(1);
    expect(child.output()).toContain('Invalid configuration:\n  PORT must be a whole number\n  APP_MODE must be one of: demo, production');
    expect(child.output()).not.toMatch(/^\s+at /m);
  });

  it('says to build the app when DIST_DIR holds no build, before touching the data', async () => {
    const child = runScript('server/index.ts', { DATA_DIR: box.dataDir, DIST_DIR: path.join(box.root, 'no-build'), APP_MODE: 'demo' });
    expect((await child.exited).code).toBe(1);
    expect(child.output()).toContain('The app is not built');
    expect(child.output()).toContain('npm run build');
    expect(existsSync(path.join(box.dataDir, 'server.lock'))).toBe(false);
  });

  it('keeps every acknowledged sign-in when killed with SIGKILL in the middle of writes', async () => {
    const server = await start();
    const attempts = 150;
    // Each sign-in writes a session row before it answers 201.
    const signIns = Array.from({ length: attempts }, () => async () => {
      const response = await request(server.url, 'POST', '/api/session', { body: { email: 'board@example.org', password: demoPassword } });
      return response.status === 201 ? response.headers.get('set-cookie')!.split(';')[0]! : undefined;
    });
    const { acknowledged, exit } = await writeUntilKilled(server, signIns, { workers: 24, killAfter: 15 });
    expect(exit).toEqual({ code: null, signal: 'SIGKILL' });
    expect(acknowledged.length).toBeGreaterThanOrEqual(15);
    expect(acknowledged.length).toBeLessThan(attempts);

    const restarted = await start();
    const answers = await Promise.all(acknowledged.map(async (cookie) => (await request(restarted.url, 'GET', '/api/session', { cookie })).status));
    expect(answers).toEqual(acknowledged.map(() => 200));
  });

  it('keeps every acknowledged action update when killed with SIGKILL in the middle of writes', async () => {
    const server = await start();
    const cookie = await signIn(server.url, 'staff@example.org', demoPassword);
    const plan = Plan.parse(await (await request(server.url, 'GET', '/api/plan', { cookie })).json());
    const quarter = clampQuarter(quarterOfDate(new Date()), plan.period);
    const list = ActionList.parse(await (await request(server.url, 'GET', `/api/actions?quarter=${quarter}&pageSize=200`, { cookie })).json());
    const open = list.items.filter((a) => a.status !== 'completed' && compareQuarters(a.startQuarter, quarter) <= 0);
    expect(open.length).toBeGreaterThan(30);

    const updates = open.map((action, n) => async () => {
      const body = { quarter, status: 'on-track', percentComplete: 50, note: `Acknowledged write ${n}` };
      const response = await request(server.url, 'POST', `/api/actions/${action.id}/updates`, { cookie, body });
      return response.status === 201 || response.status === 200 ? { id: action.id, note: body.note } : undefined;
    });
    const { acknowledged, exit } = await writeUntilKilled(server, updates, { workers: 8, killAfter: 20 });
    expect(exit).toEqual({ code: null, signal: 'SIGKILL' });
    expect(acknowledged.length).toBeGreaterThanOrEqual(20);

    const restarted = await start();
    for (const { id, note } of acknowledged) {
      const detail = ActionDetail.parse(await (await request(restarted.url, 'GET', `/api/actions/${id}`, { cookie })).json());
      expect(detail.updates.find((u) => u.quarter === quarter)).toMatchObject({ note, status: 'on-track', percentComplete: 50 });
    }
  });
});
