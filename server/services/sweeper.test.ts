import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { accountOf, createTestApp, send, signIn, type TestApp } from '../testing/test-app';
import { absoluteLimitMs, idleLimitMs } from './session-limits';
import { startSweeper, sweepExpired } from './sweeper';

describe('the sweeper', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ sampleData: false });
  });
  afterEach(() => t.close());

  const later = (ms: number) => new Date(t.clock.now.getTime() + ms);
  const sessionCount = async () => (await t.handle.db.selectFrom('sessions').select('id_hash').execute()).length;
  const failureKeys = async () => (await t.handle.db.selectFrom('sign_in_failures').select('key').execute()).map((row) => row.key);

  it('removes sessions past their idle limit and sign-in failures past their window, and keeps the rest', async () => {
    const idle = await signIn(t.app, 'board');
    await send(t.app, 'POST', '/api/session', { body: { email: 'nobody@example.org', password: 'wrong' } });
    t.clock.now = later(idleLimitMs - 60_000);
    const fresh = await signIn(t.app, 'staff');
    expect(await sweepExpired(t.handle.db, t.clock.now)).toEqual({ sessions: 0, failures: 1 });
    expect(await sessionCount()).toBe(2);
    t.clock.now = later(2 * 60_000);
    expect(await sweepExpired(t.handle.db, t.clock.now)).toEqual({ sessions: 1, failures: 0 });
    expect((await send(t.app, 'GET', '/api/session', { cookie: fresh })).status).toBe(200);
    expect((await send(t.app, 'GET', '/api/session', { cookie: idle })).status).toBe(401);
  });

  it('removes a session past its absolute limit however recently it was used', async () => {
    await signIn(t.app, 'admin');
    await t.handle.db.updateTable('sessions').set({ last_seen_at: later(absoluteLimitMs).toISOString() }).execute();
    expect(await sweepExpired(t.handle.db, later(absoluteLimitMs + 1000))).toEqual({ sessions: 1, failures: 0 });
  });

  it('runs at start and then on its interval, until stopped', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      await send(t.app, 'POST', '/api/session', { body: { ...accountOf('staff'), password: 'wrong' } });
      const stop = startSweeper(t.handle.db, () => later(60 * 60 * 1000), 1000);
      await vi.waitFor(async () => expect(await failureKeys()).toEqual([]));
      await send(t.app, 'POST', '/api/session', { body: { ...accountOf('board'), password: 'wrong' } });
      await vi.advanceTimersByTimeAsync(1000);
      await vi.waitFor(async () => expect(await failureKeys()).toEqual([]));
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
