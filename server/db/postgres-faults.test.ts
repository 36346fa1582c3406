import { once } from 'node:events';
import { createServer, Socket, type Server } from 'node:net';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiErrorBody } from '../../src/contract/errors';
import { createApp } from '../app';
import { sampleNewAction } from '../testing/route-samples';
import { createTestApp, send, signIn, type TestApp } from '../testing/test-app';
import { openPostgresSchema, postgresUrl, type TestDatabase } from '../testing/test-databases';
import { openPostgres, postgresTimeouts } from './connect';
import { kyselyStore } from '../store/kysely-store';

// Runs where TEST_DATABASE_URL names a PostgreSQL server (.ci/run starts one).
const url = postgresUrl ?? '';

async function statusesUntil(t: TestApp, cookie: string, stop: () => boolean): Promise<Response[]> {
  const answers: Response[] = [];
  while (!stop()) {
    answers.push(await send(t.app, 'GET', '/api/actions?pageSize=5', { cookie }));
    answers.push(await send(t.app, 'POST', '/api/actions', { cookie, body: sampleNewAction }));
  }
  return answers;
}

async function expectOnlySuccessOr503(answers: Response[]): Promise<number> {
  let unavailable = 0;
  for (const answer of answers) {
    if (answer.status === 503) {
      unavailable += 1;
      expect(ApiErrorBody.parse(await answer.json()).error).toMatchObject({ code: 'unavailable', message: expect.stringMatching(/cannot be reached/) });
    } else {
      expect([200, 201], await answer.text()).toContain(answer.status);
    }
  }
  return unavailable;
}

// A TCP relay in front of PostgreSQL that a test can cut and restore, as a
// restart or a network failure would.
function relay(target: URL) {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = new Socket().connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => socket.destroy());
      socket.on('close', () => sockets.delete(socket));
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  let port = 0;
  return {
    async open() {
      server.listen(port, '127.0.0.1');
      await once(server, 'listening');
      port = (server.address() as { port: number }).port;
      return port;
    },
    async cut() {
      const closed = new Promise((resolve) => server.close(resolve));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

describe.skipIf(postgresUrl === undefined)('PostgreSQL faults while requests run', () => {
  let database: TestDatabase | undefined;
  let t: TestApp | undefined;
  afterEach(async () => {
    await database?.dispose();
    database = undefined;
    t = undefined;
  });

  it('connections killed mid-request: the process stays up, answers are 503 naming the cause, and it recovers', { timeout: 60_000 }, async () => {
    database = await openPostgresSchema(url);
    t = await createTestApp({ handle: database.handle });
    const cookie = await signIn(t.app, 'staff');
    const killer = new pg.Client({ connectionString: url });
    await killer.connect();
    let killed = 0;
    let done = false;
    const killing = (async () => {
      for (let round = 0; round < 25; round += 1) {
        const { rows } = await killer.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [database?.applicationName]);
        killed += rows.length;
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
      done = true;
    })();
    const answers = (await Promise.all([1, 2, 3, 4].map(() => statusesUntil(t as TestApp, cookie, () => done)))).flat();
    await killing;
    await killer.end();
    expect(killed).toBeGreaterThan(0);
    await expectOnlySuccessOr503(answers);
    expect((await send(t.app, 'GET', '/api/actions?pageSize=5', { cookie })).status).toBe(200);
    expect((await send(t.app, 'POST', '/api/actions', { cookie, body: sampleNewAction })).status).toBe(201);
  });

  it('while the server cannot be reached, requests and readiness are 503 saying so; once it is back, both answer again by themselves', { timeout: 60_000 }, async () => {
    const target = new URL(url);
    const gate = relay(target);
    const through = new URL(url);
    through.port = String(await gate.open());
    database = await openPostgresSchema(through.toString());
    t = await createTestApp({ handle: database.handle });
    const cookie = await signIn(t.app, 'staff');
    await gate.cut();
    const down = await send(t.app, 'GET', '/api/actions?pageSize=5', { cookie });
    expect(down.status).toBe(503);
    expect(await expectOnlySuccessOr503([down])).toBe(1);
    const notReady = await send(t.app, 'GET', '/api/health/ready');
    expect(notReady.status).toBe(503);
    expect(await expectOnlySuccessOr503([notReady])).toBe(1);
    expect((await send(t.app, 'GET', '/api/health')).status).toBe(200);
    await gate.open();
    expect((await send(t.app, 'GET', '/api/actions?pageSize=5', { cookie })).status).toBe(200);
    expect((await send(t.app, 'GET', '/api/health/ready')).status).toBe(200);
  });

  it('a server that accepts connections and never answers: a 503 within the connect timeout, not a hung request', { timeout: 30_000 }, async () => {
    const silent = createServer(() => undefined);
    silent.listen(0, '127.0.0.1');
    await once(silent, 'listening');
    const through = new URL(url);
    through.port = String((silent.address() as { port: number }).port);
    const handle = openPostgres(through.toString());
    try {
      const app = createApp(kyselyStore(handle.db), { mode: 'production', secureCookies: false, now: () => new Date() });
      const asked = Date.now();
      const ready = await send(app, 'GET', '/api/health/ready');
      expect(ready.status).toBe(503);
      expect(Date.now() - asked).toBeLessThan(postgresTimeouts.connectMs + 2000);
      expect(await expectOnlySuccessOr503([ready])).toBe(1);
    } finally {
      await handle.close().catch(() => undefined);
      silent.close();
    }
  });
});
